/**
 * The one set of search settings, imported by the index builder (at build time), the engine (in
 * the browser) and the benchmark, so that they cannot drift apart.
 */
import type { IFuseOptions } from "fuse.js";

/** Bumped whenever the index format changes; the engine refuses an index of another version. */
export const indexVersion = 4;

/**
 * The fields of a text that search looks in, in the order of the bits of a posting's field mask.
 * `title`…`abstract` and `body` (the full text: its sections, figure and table captions, notes
 * and references) are in English, the language the journal prints them in; each summary is in its
 * own language.
 */
export const fields = ["title", "authors", "keywords", "jel", "abstract", "en", "ru", "kk", "body"] as const;
export type Field = (typeof fields)[number];

/** How much a match in each field counts: a word in the title says more than one in a summary. */
export const fieldWeights: Record<Field, number> = {
  title: 3,
  authors: 3,
  keywords: 2,
  jel: 2,
  abstract: 1,
  en: 1,
  ru: 1,
  kk: 1,
  // Per occurrence: the body is long, and one mention of a word there says less than the word in
  // the abstract; a word the text keeps coming back to says more.
  body: 0.3,
};

/** The language filter: which fields each choice searches. */
export const languageFields = {
  all: fields,
  en: ["title", "authors", "keywords", "jel", "abstract", "en", "body"],
  ru: ["ru"],
  kk: ["kk"],
} as const satisfies Record<string, readonly Field[]>;
export type LanguageFilter = keyof typeof languageFields;
export const isLanguageFilter = (value: string): value is LanguageFilter => value in languageFields;

/** The field mask of a language filter. */
export const fieldMask = (filter: LanguageFilter): number =>
  languageFields[filter].reduce((mask, f) => mask | (1 << fields.indexOf(f)), 0);

/** BM25 parameters: term-frequency saturation and length normalisation (the usual values). */
export const bm25 = { k1: 1.2, b: 0.75 } as const;

/**
 * Fuse matches one query word against the vocabulary of folded words. Location 0 with a short
 * distance makes it a fuzzy *prefix* match: "integr" finds "integraciia", "kirgiztan" finds
 * "kirgizstan", but a word found only deep inside another ("stan" in "kazakstan") is too far away
 * to count. Scores run from 0 (exact) to `threshold`.
 */
export const fuseOptions = {
  includeScore: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreFieldNorm: true,
  shouldSort: true,
  threshold: 0.3,
  location: 0,
  distance: 12,
  minMatchCharLength: 1,
} as const satisfies IFuseOptions<string>;

/** Matching limits for one query word. */
export const matching = {
  /**
   * Words shorter than this match only as exact prefixes: one slip in four letters ("pech",
   * "tech") makes another word as often as a typo, and short prefixes are what typing passes through.
   */
  minFuzzyLength: 5,
  /** At most this many vocabulary words stand in for one query word (the best-scoring ones). */
  maxExpansions: 40,
  /**
   * …and at most this many for a prefix of one, two, three letters: a reader passes through them
   * on the way to a word, and each expansion costs its postings (the commonest words, with the
   * longest postings, are the shortest).
   */
  shortPrefixExpansions: [5, 10, 20],
  /** Fuse scores up to this are exact or prefix matches, not typos (Fuse never gives 0). */
  exactScore: 0.02,
  /** How much a Fuse score lowers a match's weight: one typo in nine letters (0.11) keeps 0.72. */
  typoPenalty: 2.5,
  /** How much a vocabulary word longer than the query word counts, per extra letter: prefixes are
   * good matches ("союз" for "союза"), whole words better. */
  extraLetterPenalty: 0.04,
  /** A reading through the other keyboard layout is used only when it matches this well… */
  swapAcceptScore: 0.2,
  /** …and clearly better than the word as typed: by this much of Fuse's score. */
  swapMargin: 0.1,
  /** Longer words are cut to this length before matching (no word is that long; a pasted line is). */
  maxWordLength: 40,
} as const;

/** Cap on query length: a pasted page must not stall the browser. */
export const maxQueryLength = 200;
/** Cap on query words, for the same reason. */
export const maxQueryWords = 12;
/** Results kept per search. */
export const maxResults = 50;
/**
 * Texts per title shard (files.ts): the title, authors, place and page of 256 consecutive texts
 * are one file, so that after a few queries every result's title is at hand and a keystroke waits
 * for no file but postings.
 */
export const docsPerTitleShard = 256;
/** Texts per document shard (files.ts): the sections of 16 consecutive texts are one file. */
export const docsPerShard = 16;
/** Section hits shown under a result. */
export const maxSectionHits = 3;
