/**
 * The search engine, the same in the browser and in tests: Fuse matches each query word against
 * the vocabulary of folded words (typos, prefixes), the inverted index turns the matched words
 * into texts, and a BM25 score over weighted fields ranks them.
 *
 * Fuse runs only over the vocabulary words that could match at all: a word with k typos still
 * shares all but 2k of its letter pairs with the query word, so a table from letter pairs to words
 * narrows tens of thousands of words down to a few hundred before Fuse sees them.
 */
import Fuse from "fuse.js/basic";
import { decodePostings, decodeVocabulary, type Posting } from "./codec";
import type { SearchIndex } from "./build";
import { queryRuns } from "./fold";
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
}

/** One word of the query as searched: its folded key and the vocabulary words it matched. */
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
  path: string;
  shard: string;
  score: number;
  /** How many of the query's words the text contains. */
  matchedWords: number;
  /** The fields where query words were found, in `fields` order. */
  fields: Field[];
}

export interface SearchResponse {
  /** The query's words, folded, with what each matched: shown when nothing is found. */
  words: SearchedWord[];
  /** Folded keys of every vocabulary word the query matched: highlighted in the results. */
  highlight: Set<string>;
  hits: SearchHit[];
}

export interface SearchEngine {
  search(query: string, options?: { language?: LanguageFilter }): SearchResponse;
  /** Number of texts in the index. */
  readonly size: number;
}

/** Letter pairs of a word, each once. */
function pairs(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i += 1) out.add(word.slice(i, i + 2));
  return [...out];
}

export function createEngine(index: SearchIndex): SearchEngine {
  if (index.version !== indexVersion)
    throw new Error(`search index: expected format version ${indexVersion}, got ${String(index.version)}`);
  const vocabulary = decodeVocabulary(index.vocabulary);
  if (vocabulary.length !== index.postings.length)
    throw new Error("search index: the vocabulary and the postings differ in length");
  const docCount = index.paths.length;
  const averageLength = index.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docCount);

  const byPair = new Map<string, number[]>();
  vocabulary.forEach((word, term) => {
    for (const pair of pairs(word)) {
      const list = byPair.get(pair);
      if (list) list.push(term);
      else byPair.set(pair, [term]);
    }
  });
  const pairCounts = new Uint8Array(vocabulary.length);
  const postingCache = new Map<number, Posting[]>();
  const postingsOf = (term: number): Posting[] => {
    let list = postingCache.get(term);
    if (!list) {
      list = decodePostings(index.postings[term] ?? "");
      postingCache.set(term, list);
    }
    return list;
  };

  /** Vocabulary words that begin with `prefix`, shortest first. */
  function prefixMatches(prefix: string): WordMatch[] {
    let lo = 0;
    let hi = vocabulary.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((vocabulary[mid] as string) < prefix) lo = mid + 1;
      else hi = mid;
    }
    const found: number[] = [];
    for (let t = lo; t < vocabulary.length && (vocabulary[t] as string).startsWith(prefix); t += 1) found.push(t);
    return found
      .sort((a, b) => (vocabulary[a] as string).length - (vocabulary[b] as string).length)
      .slice(0, matching.maxExpansions)
      .map((term) => ({ term, weight: lengthWeight(prefix, term) }));
  }

  function lengthWeight(key: string, term: number): number {
    const extra = Math.max(0, (vocabulary[term] as string).length - key.length);
    return Math.max(0.5, 1 - matching.extraLetterPenalty * extra);
  }

  /** Vocabulary words that Fuse finds close to `key`, with the best Fuse score. */
  function fuzzyMatches(key: string): { matches: WordMatch[]; best: number } {
    if (key.length < matching.minFuzzyLength) {
      const matches = prefixMatches(key);
      return { matches, best: matches.length > 0 ? 0 : 1 };
    }
    const keyPairs = pairs(key);
    const errors = Math.floor(fuseOptions.threshold * key.length);
    const needed = Math.max(1, keyPairs.length - 2 * errors);
    const touched: number[] = [];
    for (const pair of keyPairs)
      for (const term of byPair.get(pair) ?? []) {
        if (pairCounts[term] === 0) touched.push(term);
        pairCounts[term] = (pairCounts[term] as number) + 1;
      }
    const candidates: number[] = [];
    for (const term of touched) {
      if ((pairCounts[term] as number) >= needed) candidates.push(term);
      pairCounts[term] = 0;
    }
    if (candidates.length === 0) return { matches: [], best: 1 };
    const fuse = new Fuse(
      candidates.map((t) => vocabulary[t] as string),
      fuseOptions,
    );
    const found = fuse.search(key, { limit: matching.maxExpansions });
    const matches = found.map((r) => {
      const term = candidates[r.refIndex] as number;
      return { term, weight: (1 - (r.score ?? 1)) * lengthWeight(key, term) };
    });
    return { matches, best: found[0]?.score ?? 1 };
  }

  function search(query: string, options: { language?: LanguageFilter } = {}): SearchResponse {
    const mask = fieldMask(options.language ?? "all");
    const runs = queryRuns(query.slice(0, maxQueryLength));
    const words: SearchedWord[] = [];
    const wordMatches: WordMatch[][] = [];
    for (const run of runs) {
      const plain = run.keys.map((key) => ({ key, ...fuzzyMatches(key) }));
      const worstPlain = plain.reduce((worst, p) => Math.max(worst, p.best), plain.length === 0 ? 1 : 0);
      if (run.swapped !== undefined && worstPlain > matching.swapRejectScore) {
        const swapped = fuzzyMatches(run.swapped);
        if (swapped.best <= matching.swapAcceptScore) {
          words.push({ typed: run.text, key: run.swapped, swapped: true, matches: swapped.matches.map((m) => vocabulary[m.term] as string) });
          wordMatches.push(swapped.matches);
          continue;
        }
      }
      for (const p of plain) {
        words.push({ typed: run.text, key: p.key, swapped: false, matches: p.matches.map((m) => vocabulary[m.term] as string) });
        wordMatches.push(p.matches);
      }
    }
    words.splice(maxQueryWords);
    wordMatches.splice(maxQueryWords);

    const scores = new Map<number, { score: number; words: number; mask: number }>();
    wordMatches.forEach((matches) => {
      // A word counts once per text, through its best-scoring vocabulary match.
      const best = new Map<number, { score: number; mask: number }>();
      for (const { term, weight } of matches) {
        const postings = postingsOf(term);
        const idf = Math.log(1 + (docCount - postings.length + 0.5) / (postings.length + 0.5));
        for (const { doc, mask: posted } of postings) {
          const inFilter = posted & mask;
          if (inFilter === 0) continue;
          let tf = 0;
          fields.forEach((field, bit) => {
            if (inFilter & (1 << bit)) tf += fieldWeights[field];
          });
          const norm = 1 - bm25.b + (bm25.b * (index.lengths[doc] ?? averageLength)) / averageLength;
          const score = (weight * idf * (tf * (bm25.k1 + 1))) / (tf + bm25.k1 * norm);
          const previous = best.get(doc);
          if (!previous) best.set(doc, { score, mask: inFilter });
          else best.set(doc, { score: Math.max(previous.score, score), mask: previous.mask | inFilter });
        }
      }
      for (const [doc, { score, mask: found }] of best) {
        const entry = scores.get(doc);
        if (entry) {
          entry.score += score;
          entry.words += 1;
          entry.mask |= found;
        } else scores.set(doc, { score, words: 1, mask: found });
      }
    });

    const hits: SearchHit[] = [...scores]
      .map(([doc, s]) => ({
        doc,
        path: index.paths[doc] as string,
        shard: index.shards[index.docShards[doc] as number] as string,
        score: s.score,
        matchedWords: s.words,
        fields: fields.filter((_, bit) => s.mask & (1 << bit)),
      }))
      // Texts with every word first, then by score; the document order breaks ties, so that
      // the same query always lists the same texts in the same order.
      .sort((a, b) => b.matchedWords - a.matchedWords || b.score - a.score || a.doc - b.doc)
      .slice(0, maxResults);

    return { words, highlight: new Set(words.flatMap((w) => w.matches)), hits };
  }

  return { search, size: docCount };
}
