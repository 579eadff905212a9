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
import { decodePostings, decodeVocabulary, type PostingList } from "./codec";
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
  /** Whether Fuse needed a typo to match (a prefix is not a typo). */
  typo: boolean;
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
  /** How many of them it contains only with a typo. */
  typos: number;
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

/**
 * How far a letter pair may sit from its place in the query word and still be part of a match:
 * Fuse accepts a match that starts a few letters in (location 0, `distance`, `threshold`), and
 * each typo shifts the letters after it by at most one.
 */
const maxStart = Math.floor(fuseOptions.threshold * fuseOptions.distance);

/** The weighted term frequency of each field mask: the sum of the weights of its fields. */
const maskWeights = Float64Array.from({ length: 1 << fields.length }, (_, mask) =>
  fields.reduce((sum, field, bit) => (mask & (1 << bit) ? sum + fieldWeights[field] : sum), 0),
);

export function createEngine(index: SearchIndex): SearchEngine {
  if (index.version !== indexVersion)
    throw new Error(`search index: expected format version ${indexVersion}, got ${String(index.version)}`);
  const vocabulary = decodeVocabulary(index.vocabulary);
  if (vocabulary.length !== index.postings.length)
    throw new Error("search index: the vocabulary and the postings differ in length");
  const docCount = index.paths.length;
  const averageLength = index.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docCount);
  const lengthNorms = Float64Array.from(index.lengths, (length) => 1 - bm25.b + (bm25.b * length) / averageLength);

  // Letter pair → the vocabulary words it occurs in, and where (a word once per place).
  const pairTerms = new Map<string, number[]>();
  const pairPlaces = new Map<string, number[]>();
  vocabulary.forEach((word, term) => {
    for (let i = 0; i + 1 < word.length; i += 1) {
      const pair = word.slice(i, i + 2);
      const terms = pairTerms.get(pair);
      if (terms) {
        terms.push(term);
        pairPlaces.get(pair)?.push(i);
      } else {
        pairTerms.set(pair, [term]);
        pairPlaces.set(pair, [i]);
      }
    }
  });
  const pairCounts = new Uint8Array(vocabulary.length);
  const lastPair = new Int32Array(vocabulary.length).fill(-1);
  const postingCache = new Map<number, PostingList>();
  const postingsOf = (term: number): PostingList => {
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
      .map((term) => ({ term, weight: lengthWeight(prefix, term), typo: false }));
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
    const keyPairs = new Map<string, number>();
    for (let i = 0; i + 1 < key.length; i += 1)
      if (!keyPairs.has(key.slice(i, i + 2))) keyPairs.set(key.slice(i, i + 2), i);
    const needed = Math.max(1, keyPairs.size - 2 * errors);
    const touched: number[] = [];
    let pairNumber = 0;
    for (const [pair, place] of keyPairs) {
      const terms = pairTerms.get(pair) ?? [];
      const places = pairPlaces.get(pair) ?? [];
      for (let j = 0; j < terms.length; j += 1) {
        const term = terms[j] as number;
        const shift = (places[j] as number) - place;
        if (shift > maxStart + errors || shift < -errors || lastPair[term] === pairNumber) continue;
        lastPair[term] = pairNumber;
        if (pairCounts[term] === 0) touched.push(term);
        pairCounts[term] = (pairCounts[term] as number) + 1;
      }
      pairNumber += 1;
    }
    const candidates: number[] = [];
    for (const term of touched) {
      if ((pairCounts[term] as number) >= needed) candidates.push(term);
      pairCounts[term] = 0;
      lastPair[term] = -1;
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

  function search(query: string, options: { language?: LanguageFilter } = {}): SearchResponse {
    const mask = fieldMask(options.language ?? "all");

    const runs = queryRuns(query.slice(0, maxQueryLength));
    const words: SearchedWord[] = [];
    const wordMatches: WordMatch[][] = [];
    for (const run of runs) {
      const plain = run.keys.map((key) => ({ key, ...fuzzyMatches(key) }));
      const worstPlain = plain.reduce((worst, p) => Math.max(worst, p.best), plain.length === 0 ? 1 : 0);
      // The other-layout reading can only win when the typed one is not already a good match.
      if (run.swapped !== undefined && worstPlain > matching.swapMargin) {
        const swapped = fuzzyMatches(run.swapped);
        if (swapped.best <= matching.swapAcceptScore && swapped.best < worstPlain - matching.swapMargin) {
          words.push({
            typed: run.text,
            key: run.swapped,
            swapped: true,
            matches: swapped.matches.map((m) => vocabulary[m.term] as string),
          });
          wordMatches.push(swapped.matches);
          continue;
        }
      }
      for (const p of plain) {
        words.push({
          typed: run.text,
          key: p.key,
          swapped: false,
          matches: p.matches.map((m) => vocabulary[m.term] as string),
        });
        wordMatches.push(p.matches);
      }
    }
    words.splice(maxQueryWords);
    wordMatches.splice(maxQueryWords);

    const scores = new Map<number, { score: number; words: number; typos: number; mask: number }>();
    for (const matches of wordMatches) {
      // One idf for all the vocabulary words a query word matched, from the commonest of them
      // (Lucene's "blended" rewrite): a rare misspelt neighbour must not outrank the word meant.
      const df = matches.reduce((most, { term }) => Math.max(most, postingsOf(term).docs.length), 0);
      const idf = Math.log(1 + (docCount - df + 0.5) / (df + 0.5));
      // A word counts once per text, through its best-scoring vocabulary match.
      const best = new Map<number, { score: number; typo: boolean; mask: number }>();
      for (const { term, weight, typo } of matches) {
        const { docs, masks } = postingsOf(term);
        for (let i = 0; i < docs.length; i += 1) {
          const found = (masks[i] as number) & mask;
          if (found === 0) continue;
          const doc = docs[i] as number;
          const tf = maskWeights[found] as number;
          const score = (weight * idf * tf * (bm25.k1 + 1)) / (tf + bm25.k1 * (lengthNorms[doc] as number));
          const previous = best.get(doc);
          if (!previous) best.set(doc, { score, typo, mask: found });
          else {
            previous.score = Math.max(previous.score, score);
            previous.typo &&= typo;
            previous.mask |= found;
          }
        }
      }
      for (const [doc, { score, typo, mask: found }] of best) {
        const entry = scores.get(doc);
        if (entry) {
          entry.score += score;
          entry.words += 1;
          entry.typos += typo ? 1 : 0;
          entry.mask |= found;
        } else scores.set(doc, { score, words: 1, typos: typo ? 1 : 0, mask: found });
      }
    }

    const hits: SearchHit[] = [...scores]
      .map(([doc, s]) => ({
        doc,
        path: index.paths[doc] as string,
        shard: index.shards[index.docShards[doc] as number] as string,
        score: s.score,
        matchedWords: s.words,
        typos: s.typos,
        fields: fields.filter((_, bit) => s.mask & (1 << bit)),
      }))
      // As Meilisearch ranks: texts with more of the query's words first, then those that needed
      // fewer typos, then by score; the document order breaks ties, so that the same query always
      // lists the same texts in the same order.
      .sort((a, b) => b.matchedWords - a.matchedWords || a.typos - b.typos || b.score - a.score || a.doc - b.doc)
      .slice(0, maxResults);

    return { words, highlight: new Set(words.flatMap((w) => w.matches)), hits };
  }

  return { search, size: docCount };
}
