/**
 * The search engine, the same in the browser and in tests: Fuse matches each query word against
 * the vocabulary of folded words (typos, prefixes), the postings turn the matched words into
 * texts and sections, and a BM25 score over weighted fields ranks the texts.
 *
 * The index comes from a `Source`: the files the browser fetches (`fileSource`: a query loads the
 * vocabulary shard of each of its words' first letters, then the postings files of the words it
 * matched; a query of one or two letters is answered as the index was built, from the entry or
 * the vocabulary shard; after each keystroke the postings the next one needs load ahead when they
 * are few) or the whole built index in memory (`memorySource`, for tests and tools). Both give
 * the same answers: a word's vocabulary is the words that share its first letter, whichever source
 * holds them. A word that matches nothing well there, as typed or through the other keyboard
 * layout, is looked up again in the vocabularies of the letters its first letter may be a slip
 * for: the keys around it, and its second letter (two letters swapped).
 *
 * Fuse runs only over the vocabulary words that could match at all: a word with k typos still
 * shares all but 2k of its letter pairs with the query word, so one pass over the vocabulary's
 * letter pairs (numbers, computed once per vocabulary) narrows tens of thousands of words down to
 * a few hundred before Fuse sees them. (A table from letter pairs to words found the same words,
 * but building it cost more than the first keystroke's whole budget.)
 */
import Fuse from "fuse.js/basic";
import { postingsOf, type BuiltSearch } from "./build";
import { decodeLetterAnswer, decodeNumbers, decodePostings, decodeVocabulary, type PostingList } from "./codec";
import type { SearchEntry, VocabularyShard } from "./files";
import { foldWord, keyboardNeighbours, queryRuns } from "./fold";
import {
  bm25,
  fieldMask,
  fields,
  fieldWeights,
  fuseOptions,
  indexVersion,
  matching,
  maxQueryLength,
  maxQueryWords,
  maxResults,
  type Field,
  type LanguageFilter,
} from "./options";

/** One vocabulary word that a query word matched, and how well (1 = exactly). */
interface WordMatch {
  term: number;
  weight: number;
  /** Whether Fuse needed a typo to match (a prefix is not a typo). */
  typo: boolean;
}

/** The words of one first letter, and how to get their postings. */
export interface Vocabulary {
  terms: string[];
  /** Number of texts each word occurs in. */
  df: ArrayLike<number>;
  postings(terms: readonly number[]): Promise<PostingList[]>;
  /**
   * Starts loading, without waiting, the postings of the words `terms` when they are in a few
   * files not loaded yet (`prefetchFiles`): those the next keystroke may match.
   */
  prefetch?(terms: readonly number[]): void;
  /**
   * The answer to the two-letter query `key` (its first letter is this vocabulary's), computed
   * when the index was built (`prefixAnswers`), if the source has it.
   */
  pairAnswer?(key: string): LetterAnswer | undefined;
}

/** Where the engine reads the index from. */
export interface Source {
  docCount: number;
  lengths: ArrayLike<number>;
  /** The vocabulary of the folded words that begin with `letter`, if any does. */
  vocabulary(letter: string): Promise<Vocabulary | undefined>;
  /**
   * The answer to the one-letter query `letter` over every field, computed when the index was
   * built (`prefixAnswers`), if the source has it: the first keystroke of a query then needs no
   * file but the texts' titles.
   */
  letterAnswer?(letter: string): LetterAnswer | undefined;
}

/** The answer to a one-letter query: the words it stands for, and the hits. */
export interface LetterAnswer {
  words: string[];
  hits: SearchHit[];
}

/** One word of the query as searched: what the reader typed and the vocabulary words it matched. */
export interface SearchedWord {
  /** What the reader typed. */
  typed: string;
  /** The folded key that was looked up (the other-layout reading when that was used). */
  key: string;
  /** True when the word was read as typed on the other keyboard layout. */
  swapped: boolean;
  /** The vocabulary words it matched, best first. */
  matches: string[];
}

export interface SearchHit {
  /** Document number in the index. */
  doc: number;
  score: number;
  /** How many of the query's words the text contains. */
  matchedWords: number;
  /** How many of them it contains only with a typo. */
  typos: number;
  /** The fields where query words were found, in `fields` order. */
  fields: Field[];
  /** The sections with query words, most query words first, then in page order: [section, words]. */
  sections: [section: number, words: number][];
}

export interface SearchResponse {
  words: SearchedWord[];
  /** Folded keys of every vocabulary word the query matched: highlighted in the results. */
  highlight: Set<string>;
  hits: SearchHit[];
}

export interface SearchEngine {
  search(query: string, options?: { language?: LanguageFilter }): Promise<SearchResponse>;
  /** Number of texts in the index. */
  readonly size: number;
}

/**
 * How far a letter pair may sit from its place in the query word and still be part of a match:
 * Fuse accepts a match that starts a few letters in (location 0, `distance`, `threshold`), and
 * each typo shifts the letters after it by at most one.
 */
const maxStart = Math.floor(fuseOptions.threshold * fuseOptions.distance);

const bodyBit = 1 << fields.indexOf("body");
/** The weight of each field mask, the body left out: the sum of the weights of its fields. */
const maskWeights = Float64Array.from({ length: 1 << fields.length }, (_, mask) =>
  fields.reduce((sum, field, bit) => (mask & (1 << bit) && field !== "body" ? sum + fieldWeights[field] : sum), 0),
);

const firstLetter = (key: string): string => [...key][0] ?? "";

/** At most this many postings files not yet loaded are loaded ahead for the word being typed. */
const prefetchFiles = 4;

/** Fuzzy and prefix matching over one vocabulary. */
interface Matcher {
  fuzzyMatches(word: string): { matches: WordMatch[]; best: number };
}

/** A letter pair (two UTF-16 code units, as the pairs always were) as one number. */
const pairCode = (word: string, i: number) => word.charCodeAt(i) * 65536 + word.charCodeAt(i + 1);

/**
 * The `k` numbers from `from` up to `to` with the smallest `key`, in order of key, ties in
 * increasing order: a stable sort's first `k`, without sorting them all.
 */
export function smallest(from: number, to: number, k: number, key: (item: number) => number): number[] {
  const best: number[] = [];
  if (k <= 0) return best;
  for (let item = from; item < to; item += 1) {
    const value = key(item);
    if (best.length === k && value >= key(best[k - 1] as number)) continue;
    let at = best.length;
    while (at > 0 && key(best[at - 1] as number) > value) at -= 1;
    best.splice(at, 0, item);
    if (best.length > k) best.pop();
  }
  return best;
}

/** The range of the sorted `vocabulary` whose words begin with `prefix`. */
export function prefixRange(vocabulary: readonly string[], prefix: string): { from: number; to: number } {
  let lo = 0;
  let hi = vocabulary.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((vocabulary[mid] as string) < prefix) lo = mid + 1;
    else hi = mid;
  }
  let end = lo;
  while (end < vocabulary.length && (vocabulary[end] as string).startsWith(prefix)) end += 1;
  return { from: lo, to: end };
}

function createMatcher(vocabulary: readonly string[]): Matcher {
  // Every word's letter pairs as numbers, end to end: word t's pairs are codes[starts[t]…starts[t+1]).
  // Computed when a word first needs fuzzy matching (prefixes, the first keystrokes, do not).
  let pairs: { codes: Float64Array; starts: Int32Array } | undefined;
  const pairsOf = () => {
    if (pairs) return pairs;
    let total = 0;
    for (const word of vocabulary) total += Math.max(0, word.length - 1);
    const codes = new Float64Array(total);
    const starts = new Int32Array(vocabulary.length + 1);
    let at = 0;
    vocabulary.forEach((word, term) => {
      starts[term] = at;
      for (let i = 0; i + 1 < word.length; i += 1) codes[at++] = pairCode(word, i);
    });
    starts[vocabulary.length] = at;
    return (pairs = { codes, starts });
  };
  /** For the pass: which query pairs a word has already counted (a word counts a pair once). */
  let seen = new Uint8Array(0);

  /** Vocabulary words that begin with `prefix`, shortest first. */
  function prefixMatches(prefix: string): WordMatch[] {
    const { from, to } = prefixRange(vocabulary, prefix);
    return smallest(
      from,
      to,
      matching.shortPrefixExpansions[prefix.length - 1] ?? matching.maxExpansions,
      (t) => (vocabulary[t] as string).length,
    ).map((term) => ({ term, weight: lengthWeight(prefix, term), typo: false }));
  }

  function lengthWeight(key: string, term: number): number {
    const extra = Math.max(0, (vocabulary[term] as string).length - key.length);
    return Math.max(0.5, 1 - matching.extraLetterPenalty * extra);
  }

  /** Vocabulary words that Fuse finds close to `key`, with the best Fuse score. */
  function fuzzyMatches(word: string): { matches: WordMatch[]; best: number } {
    const key = word.slice(0, matching.maxWordLength);
    if (key.length < matching.minFuzzyLength) {
      const matches = prefixMatches(key);
      return { matches, best: matches.length > 0 ? 0 : 1 };
    }
    // A word within k typos of the key shares all but 2k of its distinct letter pairs, each
    // near its place in the key (the q-gram lemma); only those words go to Fuse.
    const errors = Math.floor(fuseOptions.threshold * key.length);
    // The key's distinct pairs, each at its first place.
    const keyCodes: number[] = [];
    const keyPlaces: number[] = [];
    for (let i = 0; i + 1 < key.length; i += 1) {
      const code = pairCode(key, i);
      if (!keyCodes.includes(code)) {
        keyCodes.push(code);
        keyPlaces.push(i);
      }
    }
    const needed = Math.max(1, keyCodes.length - 2 * errors);
    const { codes, starts } = pairsOf();
    if (seen.length < keyCodes.length) seen = new Uint8Array(keyCodes.length);
    const candidates: number[] = [];
    for (let term = 0; term < vocabulary.length; term += 1) {
      const from = starts[term] as number;
      const to = starts[term + 1] as number;
      if (to - from < needed) continue;
      seen.fill(0, 0, keyCodes.length);
      let count = 0;
      for (let p = from; p < to; p += 1) {
        const j = keyCodes.indexOf(codes[p] as number);
        if (j < 0 || seen[j] === 1) continue;
        const shift = p - from - (keyPlaces[j] as number);
        if (shift > maxStart + errors || shift < -errors) continue;
        seen[j] = 1;
        count += 1;
      }
      if (count >= needed) candidates.push(term);
    }
    if (candidates.length === 0) return { matches: [], best: 1 };
    const fuse = new Fuse(
      candidates.map((t) => vocabulary[t] as string),
      fuseOptions,
    );
    const found = fuse.search(key);
    // Fuse ranks every prefix match alike; among them the word itself and its short forms come
    // first, and each typo costs more than the letters a prefix leaves off.
    const matches = found
      .map((r) => {
        const term = candidates[r.refIndex] as number;
        const score = r.score ?? 1;
        const weight = Math.max(0, 1 - matching.typoPenalty * score) * lengthWeight(key, term);
        return { term, weight, typo: score > matching.exactScore };
      })
      .sort((a, b) => b.weight - a.weight || a.term - b.term)
      .slice(0, matching.maxExpansions);
    return { matches, best: found[0]?.score ?? 1 };
  }

  return { fuzzyMatches };
}

interface LoadedVocabulary extends Vocabulary {
  matcher: Matcher;
  cache: Map<number, PostingList>;
}

/** One query word's matches, with the vocabulary they index. */
interface WordMatches {
  vocabulary: LoadedVocabulary | undefined;
  matches: WordMatch[];
}

export function createEngine(source: Source): SearchEngine {
  const docCount = source.docCount;
  const lengthNorms = lengthNormsOf(source.lengths, docCount);

  const vocabularies = new Map<string, Promise<LoadedVocabulary | undefined>>();
  const vocabularyOf = (letter: string) => {
    let found = vocabularies.get(letter);
    if (!found) {
      found = source.vocabulary(letter).then((v) => {
        if (!v) return undefined;
        // The pair table is built on first use of the vocabulary, not on load.
        let matcher: Matcher | undefined;
        return {
          ...v,
          get matcher() {
            return (matcher ??= createMatcher(v.terms));
          },
          cache: new Map<number, PostingList>(),
        };
      });
      // A shard that failed to load is tried again by the next query.
      found.catch(() => vocabularies.delete(letter));
      vocabularies.set(letter, found);
    }
    return found;
  };

  async function match(key: string, letter = firstLetter(key)): Promise<WordMatches & { best: number }> {
    const vocabulary = await vocabularyOf(letter);
    if (!vocabulary) return { vocabulary, matches: [], best: 1 };
    return { vocabulary, ...vocabulary.matcher.fuzzyMatches(key) };
  }

  /**
   * The best match of `key` with another first letter: a key next to the one typed (`typed`, the
   * word as typed) or to its folded letter, folded; or the key's second letter (two swapped).
   */
  async function retyped(key: string, typed: string): Promise<WordMatches & { best: number }> {
    const [first = "", second = ""] = [...key];
    const slips = [...keyboardNeighbours([...typed.toLowerCase()][0] ?? ""), ...keyboardNeighbours(first)];
    const letters = new Set([...slips.map((letter) => firstLetter(foldWord(letter))), second]);
    letters.delete(first);
    letters.delete("");
    const found = await Promise.all([...letters].map((letter) => match(key, letter)));
    return found.reduce((best, m) => (m.best < best.best ? m : best), { vocabulary: undefined, matches: [], best: 1 });
  }

  /**
   * After the answer to `key`, in a task of its own (the results come first), starts loading the
   * postings the next keystroke matches as a prefix: for each letter that can follow `key`, the
   * shortest words that begin with both, as many as a prefix of that length stands for.
   */
  function prefetchNext(vocabulary: LoadedVocabulary, key: string): void {
    const prefetch = vocabulary.prefetch;
    if (!prefetch || [...key].length < 2) return;
    setTimeout(() => {
      const { terms } = vocabulary;
      const { from, to } = prefixRange(terms, key);
      const k = matching.shortPrefixExpansions[[...key].length] ?? matching.maxExpansions;
      const wanted: number[] = [];
      for (let start = from; start < to;) {
        const word = terms[start] as string;
        const code = word.codePointAt(key.length);
        if (code === undefined) {
          start += 1;
          continue;
        }
        const next = word.slice(0, key.length + (code > 0xffff ? 2 : 1));
        let end = start + 1;
        while (end < to && (terms[end] as string).startsWith(next)) end += 1;
        wanted.push(...smallest(start, end, k, (t) => (terms[t] as string).length));
        start = end;
      }
      prefetch(wanted);
    }, 0);
  }

  /**
   * The answer computed when the index was built to the query of one word of one or two letters
   * `key`, if the source has it (then some word begins with `key`).
   */
  async function storedAnswer(key: string): Promise<LetterAnswer | undefined> {
    const length = [...key].length;
    if (length === 1) return source.letterAnswer?.(key);
    if (length !== 2) return undefined;
    const vocabulary = await vocabularyOf(firstLetter(key)).catch(() => undefined);
    const answer = vocabulary?.pairAnswer?.(key);
    if (vocabulary && answer) prefetchNext(vocabulary, key);
    return answer;
  }

  /** Loads the postings of every matched word that are not loaded yet. */
  async function loadPostings(words: readonly WordMatches[]): Promise<void> {
    const wanted = new Map<LoadedVocabulary, Set<number>>();
    for (const { vocabulary, matches } of words) {
      if (!vocabulary) continue;
      const set = wanted.get(vocabulary) ?? new Set<number>();
      for (const { term } of matches) if (!vocabulary.cache.has(term)) set.add(term);
      wanted.set(vocabulary, set);
    }
    await Promise.all(
      [...wanted].map(async ([vocabulary, set]) => {
        const terms = [...set];
        const lists = await vocabulary.postings(terms);
        terms.forEach((t, i) => vocabulary.cache.set(t, lists[i] as PostingList));
      }),
    );
  }

  async function search(query: string, options: { language?: LanguageFilter } = {}): Promise<SearchResponse> {
    const mask = fieldMask(options.language ?? "all");
    const runs = queryRuns(query.slice(0, maxQueryLength)).slice(0, maxQueryWords);
    // A query of one or two letters, the first keystrokes of most, answered as the index was
    // built: as typed or, when no word begins so, read through the other keyboard layout (as
    // below, the other reading is tried only when the word as typed matches nothing).
    const [only] = runs;
    if (runs.length === 1 && only && only.keys.length <= 1 && (options.language ?? "all") === "all") {
      const key = only.keys[0];
      const plain = key === undefined ? undefined : await storedAnswer(key);
      const other = plain || only.swapped === undefined ? undefined : await storedAnswer(only.swapped);
      const answer = plain ?? other;
      if (answer) {
        // The letter's vocabulary, which the next keystroke needs, loads meanwhile.
        const used = plain ? (key as string) : (only.swapped as string);
        if ([...used].length === 1) void vocabularyOf(used).catch(() => undefined);
        return {
          words: [{ typed: only.text, key: used, swapped: !plain, matches: answer.words }],
          highlight: new Set(answer.words),
          hits: answer.hits,
        };
      }
    }
    const words: SearchedWord[] = [];
    const wordMatches: WordMatches[] = [];
    const plainOf = await Promise.all(
      runs.map((run) => Promise.all(run.keys.map(async (key) => ({ key, ...(await match(key)) })))),
    );
    // The other-layout reading is looked up (its vocabulary shard fetched) only when the word as
    // typed is not already a good match: only then can it win.
    const worstOf = (plain: { best: number }[]) =>
      plain.reduce((worst, p) => Math.max(worst, p.best), plain.length === 0 ? 1 : 0);
    const swappedOf = await Promise.all(
      runs.map((run, r) =>
        run.swapped === undefined || worstOf(plainOf[r] ?? []) <= matching.swapMargin ? undefined : match(run.swapped),
      ),
    );
    // A one-word run that matched nothing well either way may have a slip in its first letter.
    const retypedOf = await Promise.all(
      runs.map((run, r) => {
        const plain = plainOf[r] ?? [];
        const only = plain.length === 1 ? plain[0] : undefined;
        const swapped = swappedOf[r];
        if (!only || [...only.key].length < matching.minFuzzyLength || only.best <= matching.swapAcceptScore) return;
        if (swapped && swapped.best <= matching.swapAcceptScore) return;
        return retyped(only.key, run.text);
      }),
    );
    runs.forEach((run, r) => {
      const plain = plainOf[r] ?? [];
      const worstPlain = worstOf(plain);
      const swapped = swappedOf[r];
      const retypedWord = retypedOf[r];
      // The other-layout reading can only win when the typed one is not already a good match.
      if (
        swapped &&
        run.swapped !== undefined &&
        worstPlain > matching.swapMargin &&
        swapped.best <= matching.swapAcceptScore &&
        swapped.best < worstPlain - matching.swapMargin
      ) {
        words.push({
          typed: run.text,
          key: run.swapped,
          swapped: true,
          matches: swapped.matches.map((m) => swapped.vocabulary?.terms[m.term] as string),
        });
        wordMatches.push(swapped);
        return;
      }
      if (
        retypedWord &&
        plain[0] &&
        retypedWord.best <= matching.swapAcceptScore &&
        retypedWord.best < worstPlain - matching.swapMargin
      ) {
        words.push({
          typed: run.text,
          key: plain[0].key,
          swapped: false,
          matches: retypedWord.matches.map((m) => retypedWord.vocabulary?.terms[m.term] as string),
        });
        wordMatches.push(retypedWord);
        return;
      }
      for (const p of plain) {
        words.push({
          typed: run.text,
          key: p.key,
          swapped: false,
          matches: p.matches.map((m) => p.vocabulary?.terms[m.term] as string),
        });
        wordMatches.push(p);
      }
    });
    words.splice(maxQueryWords);
    wordMatches.splice(maxQueryWords);
    await loadPostings(wordMatches);
    // The last word is the one being typed: what it can still become loads meanwhile.
    const last = plainOf.at(-1)?.at(-1);
    if (last?.vocabulary) prefetchNext(last.vocabulary, last.key);

    const hits = rankHits(wordMatches, mask, lengthNorms);
    return { words, highlight: new Set(words.flatMap((w) => w.matches)), hits };
  }

  return { search, size: docCount };
}

/**
 * Ranks the texts that contain the query's words, from the words' matches and loaded postings:
 * BM25 over the weighted fields of `mask`, as Meilisearch orders (see below).
 */
function rankHits(wordMatches: readonly WordMatches[], mask: number, lengthNorms: Float64Array): SearchHit[] {
  // Per text, in arrays over all texts (a query word can touch every one of 10,000 texts, and
  // a Map per word and per query cost more than the rest of the search): the query's score,
  // words, typos and fields; and, for the word being scored, its best match there.
  const docCount = lengthNorms.length;
  const total = new Float64Array(docCount);
  const words = new Uint8Array(docCount);
  const typos = new Uint8Array(docCount);
  const masks = new Uint16Array(docCount);
  const best = new Float64Array(docCount);
  const bestTypo = new Uint8Array(docCount);
  const bestMask = new Uint16Array(docCount);
  const lastWord = new Int32Array(docCount).fill(-1);
  const touched: number[] = [];
  wordMatches.forEach(({ vocabulary, matches }, w) => {
    if (!vocabulary) return;
    // One idf for all the vocabulary words a query word matched, from the commonest of them
    // (Lucene's "blended" rewrite): a rare misspelt neighbour must not outrank the word meant.
    const df = matches.reduce((most, { term }) => Math.max(most, vocabulary.df[term] as number), 0);
    const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
    // A word counts once per text, through its best-scoring vocabulary match.
    const mine: number[] = [];
    for (const { term, weight, typo } of matches) {
      const { docs, masks: postingMasks, counts } = vocabulary.cache.get(term) as PostingList;
      for (let i = 0; i < docs.length; i += 1) {
        const found = (postingMasks[i] as number) & mask;
        if (found === 0) continue;
        const doc = docs[i] as number;
        const tf = (maskWeights[found] as number) + (found & bodyBit ? fieldWeights.body * (counts[i] as number) : 0);
        const score = (weight * idf * tf * (bm25.k1 + 1)) / (tf + bm25.k1 * (lengthNorms[doc] as number));
        if (lastWord[doc] !== w) {
          lastWord[doc] = w;
          mine.push(doc);
          best[doc] = score;
          bestTypo[doc] = typo ? 1 : 0;
          bestMask[doc] = found;
        } else {
          best[doc] = Math.max(best[doc] as number, score);
          if (!typo) bestTypo[doc] = 0;
          bestMask[doc] = (bestMask[doc] as number) | found;
        }
      }
    }
    for (const doc of mine) {
      if (words[doc] === 0) touched.push(doc);
      total[doc] = (total[doc] as number) + (best[doc] as number);
      words[doc] = (words[doc] as number) + 1;
      typos[doc] = (typos[doc] as number) + (bestTypo[doc] as number);
      masks[doc] = (masks[doc] as number) | (bestMask[doc] as number);
    }
  });

  // As Meilisearch ranks: texts with more of the query's words first, then those that needed
  // fewer typos, then by score; the document order breaks ties, so that the same query always
  // lists the same texts in the same order.
  const ranked = firstK(
    touched,
    maxResults,
    (a, b) =>
      (words[b] as number) - (words[a] as number) ||
      (typos[a] as number) - (typos[b] as number) ||
      (total[b] as number) - (total[a] as number) ||
      a - b,
  );
  return ranked.map((doc) => ({
    doc,
    score: total[doc] as number,
    matchedWords: words[doc] as number,
    typos: typos[doc] as number,
    fields: fields.filter((_, bit) => (masks[doc] as number) & (1 << bit)),
    sections: sectionsOf(doc, wordMatches),
  }));
}

/**
 * The first `k` of `items` in the order of `compare` (a total order): what sorting them all and
 * keeping `k` gives, without sorting them all.
 */
export function firstK(items: readonly number[], k: number, compare: (a: number, b: number) => number): number[] {
  const kept: number[] = [];
  if (k <= 0) return kept;
  for (const item of items) {
    if (kept.length === k && compare(item, kept[k - 1] as number) >= 0) continue;
    let at = kept.length;
    while (at > 0 && compare(item, kept[at - 1] as number) < 0) at -= 1;
    kept.splice(at, 0, item);
    if (kept.length > k) kept.pop();
  }
  return kept;
}

/** The sections of `doc` with query words, most words first. */
function sectionsOf(doc: number, wordMatches: readonly WordMatches[]): [number, number][] {
  const perSection = new Map<number, number>();
  for (const { vocabulary, matches } of wordMatches) {
    if (!vocabulary) continue;
    const mine = new Set<number>();
    for (const { term } of matches) {
      const list = vocabulary.cache.get(term) as PostingList;
      const at = findDoc(list.docs, doc);
      if (at < 0) continue;
      for (let k = list.sectionStarts[at] as number; k < (list.sectionStarts[at + 1] as number); k += 1)
        mine.add(list.sections[k] as number);
    }
    for (const section of mine) perSection.set(section, (perSection.get(section) ?? 0) + 1);
  }
  return [...perSection].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
}

/** BM25's length normalisation of each text. */
function lengthNormsOf(lengths: ArrayLike<number>, docCount: number): Float64Array {
  let total = 0;
  for (let d = 0; d < docCount; d += 1) total += lengths[d] as number;
  const averageLength = total / Math.max(1, docCount);
  return Float64Array.from(
    { length: docCount },
    (_, d) => 1 - bm25.b + (bm25.b * (lengths[d] as number)) / averageLength,
  );
}

/**
 * The answer to every query of one letter (`length` 1) or of two (2) over every field, as the
 * engine computes it from the whole index (the same matching and ranking code), for the index
 * files to carry: the one-letter answers in the entry, the two-letter ones in the vocabulary
 * shard of their first letter.
 */
export function prefixAnswers(built: BuiltSearch, length: 1 | 2): Map<string, LetterAnswer> {
  const lengthNorms = lengthNormsOf(built.lengths, built.docs.length);
  const answers = new Map<string, LetterAnswer>();
  for (const [letter, { from, to }] of letterRanges(built.terms)) {
    const terms = built.terms.slice(from, to);
    const matcher = createMatcher(terms);
    const prefixes =
      length === 1
        ? [letter]
        : [...new Set(terms.map((term) => [...term].slice(0, 2).join("")))].filter((p) => [...p].length === 2);
    for (const prefix of prefixes) {
      const { matches } = matcher.fuzzyMatches(prefix);
      const cache = new Map(matches.map(({ term }) => [term, toList(built.postings[from + term] ?? [])]));
      const vocabulary: LoadedVocabulary = {
        terms,
        df: built.df.slice(from, to),
        postings: () => Promise.reject(new Error("search index: postings are all loaded")),
        matcher,
        cache,
      };
      const hits = rankHits([{ vocabulary, matches }], fieldMask("all"), lengthNorms);
      answers.set(prefix, { words: matches.map(({ term }) => terms[term] as string), hits });
    }
  }
  return answers;
}

/** The range of the sorted `terms` of each first letter. */
function letterRanges(terms: readonly string[]): Map<string, { from: number; to: number }> {
  const byLetter = new Map<string, { from: number; to: number }>();
  terms.forEach((term, i) => {
    const letter = firstLetter(term);
    const range = byLetter.get(letter);
    if (range) range.to = i + 1;
    else byLetter.set(letter, { from: i, to: i + 1 });
  });
  return byLetter;
}

/** One word's postings of a built index in the engine's form. */
function toList(flat: BuiltSearch["postings"][number]): PostingList {
  const postings = postingsOf(flat);
  const starts = [0];
  const sections: number[] = [];
  for (const p of postings) {
    sections.push(...p.sections);
    starts.push(sections.length);
  }
  return {
    docs: Int32Array.from(postings, (p) => p.doc),
    masks: Uint16Array.from(postings, (p) => p.mask),
    counts: Int32Array.from(postings, (p) => p.count),
    sectionStarts: Int32Array.from(starts),
    sections: Int32Array.from(sections),
  };
}

/** Position of `doc` in a sorted list, or -1. */
function findDoc(docs: Int32Array, doc: number): number {
  let lo = 0;
  let hi = docs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const d = docs[mid] as number;
    if (d === doc) return mid;
    if (d < doc) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The built index in memory as a source. */
export function memorySource(built: BuiltSearch): Source {
  const byLetter = letterRanges(built.terms);
  return {
    docCount: built.docs.length,
    lengths: built.lengths,
    vocabulary(letter) {
      const range = byLetter.get(letter);
      if (!range) return Promise.resolve(undefined);
      const slice = built.postings.slice(range.from, range.to);
      return Promise.resolve({
        terms: built.terms.slice(range.from, range.to),
        df: built.df.slice(range.from, range.to),
        postings: (terms) => Promise.resolve(terms.map((t) => toList(slice[t] ?? []))),
      });
    },
  };
}

/**
 * The index files as a source: `load` fetches a file by name (in the browser, from the site; in
 * tests, from the built map) and parses its JSON.
 */
export function fileSource(entry: SearchEntry, load: (file: string) => Promise<unknown>): Source {
  if (entry.version !== indexVersion)
    throw new Error(`search index: expected format version ${indexVersion}, got ${String(entry.version)}`);
  const lengths = decodeNumbers(entry.lengths);
  if (lengths.length !== entry.docCount) throw new Error("search index: the lengths do not match the texts");
  return {
    docCount: entry.docCount,
    lengths,
    letterAnswer(letter) {
      const answer = Object.hasOwn(entry.letters, letter) ? entry.letters[letter] : undefined;
      return answer && decodeLetterAnswer(answer);
    },
    async vocabulary(letter) {
      const file = entry.vocabulary[letter];
      if (file === undefined) return undefined;
      const shard = (await load(file)) as VocabularyShard;
      const terms = decodeVocabulary(shard.terms);
      const df = decodeNumbers(shard.df);
      if (df.length !== terms.length) throw new Error(`search index: ${file}: the words and counts differ in length`);
      const files = new Map<number, Promise<string[]>>();
      const fileOf = (term: number) => {
        let lo = 0;
        let hi = shard.starts.length - 1;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if ((shard.starts[mid] as number) <= term) lo = mid;
          else hi = mid - 1;
        }
        return lo;
      };
      const fileNumbered = (f: number) => {
        let lists = files.get(f);
        if (!lists) {
          lists = load(shard.files[f] as string) as Promise<string[]>;
          lists.catch(() => files.delete(f));
          files.set(f, lists);
        }
        return lists;
      };
      return {
        terms,
        df,
        async postings(wanted) {
          return Promise.all(
            wanted.map(async (term) => {
              const f = fileOf(term);
              return decodePostings((await fileNumbered(f))[term - (shard.starts[f] as number)] ?? "");
            }),
          );
        },
        pairAnswer(key) {
          const answer = Object.hasOwn(shard.pairs, key) ? shard.pairs[key] : undefined;
          return answer && decodeLetterAnswer(answer);
        },
        prefetch(wanted) {
          const needed = new Set<number>();
          for (const term of wanted) if (!files.has(fileOf(term))) needed.add(fileOf(term));
          if (needed.size > prefetchFiles) return;
          for (const f of needed) fileNumbered(f).catch(() => undefined);
        },
      };
    },
  };
}
