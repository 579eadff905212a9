/**
 * Compact text encodings for the index, chosen so that the JSON needs no escaping and gzip still
 * finds the repeats: numbers as variable-length base-32 digits in a URL-safe alphabet, a sorted
 * vocabulary as front-coded entries.
 */

import type { Posting } from "./build";
import type { LetterAnswer } from "./engine";
import { fields } from "./options";

const digits = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
/** Digit value by character code; -1 for characters that are not digits. */
const digitValue = new Int8Array(128).fill(-1);
for (let i = 0; i < digits.length; i += 1) digitValue[digits.charCodeAt(i)] = i;

/** Appends `n` (a whole number ≥ 0): five bits per character, low bits first, 32 flags "more". */
export function encodeNumber(n: number, out: string[]): void {
  let rest = n;
  while (rest >= 32) {
    out.push(digits[32 + (rest % 32)] as string);
    rest = Math.floor(rest / 32);
  }
  out.push(digits[rest] as string);
}

/** Reads the numbers of a string written by `encodeNumber`. */
export function decodeNumbers(text: string): number[] {
  const numbers: number[] = [];
  let value = 0;
  let scale = 1;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    const d = code < 128 ? (digitValue[code] as number) : -1;
    if (d < 0) throw new Error(`search index: unexpected character "${text[i]}" in a number list`);
    if (d >= 32) {
      value += (d - 32) * scale;
      scale *= 32;
    } else {
      numbers.push(value + d * scale);
      value = 0;
      scale = 1;
    }
  }
  if (scale !== 1) throw new Error("search index: a number list ends in the middle of a number");
  return numbers;
}

/** Postings as parallel arrays, the form the engine scores from. */
export interface PostingList {
  docs: Int32Array;
  masks: Uint16Array;
  /** Occurrences in the body. */
  counts: Int32Array;
  /** The sections of posting i are `sections[sectionStarts[i]]` up to `sections[sectionStarts[i + 1]]`. */
  sectionStarts: Int32Array;
  sections: Int32Array;
}

/**
 * Postings in document order as numbers: the gap to the previous document, doubled, plus one when
 * a new field mask follows (a word mostly keeps to the same fields, so the mask is rarely
 * repeated); then the body count, the number of sections and the gaps between section numbers.
 */
export function encodePostings(postings: readonly Posting[]): string {
  const out: string[] = [];
  let previousDoc = -1;
  let previousMask = -1;
  for (const { doc, mask, count, sections } of postings) {
    if (doc <= previousDoc) throw new Error("search index: postings must be in increasing document order");
    const changed = mask !== previousMask;
    encodeNumber((doc - previousDoc - 1) * 2 + (changed ? 1 : 0), out);
    if (changed) encodeNumber(mask, out);
    encodeNumber(count, out);
    encodeNumber(sections.length, out);
    let previousSection = -1;
    for (const section of sections) {
      if (section <= previousSection) throw new Error("search index: sections must be increasing");
      encodeNumber(section - previousSection - 1, out);
      previousSection = section;
    }
    previousDoc = doc;
    previousMask = mask;
  }
  return out.join("");
}

export function decodePostings(text: string): PostingList {
  const numbers = decodeNumbers(text);
  const docs: number[] = [];
  const masks: number[] = [];
  const counts: number[] = [];
  const starts: number[] = [0];
  const sections: number[] = [];
  let doc = -1;
  let mask = 0;
  let i = 0;
  const next = () => {
    if (i >= numbers.length) throw new Error("search index: a posting list ends in the middle of a posting");
    return numbers[i++] as number;
  };
  while (i < numbers.length) {
    const n = next();
    doc += Math.floor(n / 2) + 1;
    if (n % 2 === 1) mask = next();
    docs.push(doc);
    masks.push(mask);
    counts.push(next());
    let section = -1;
    for (let k = next(); k > 0; k -= 1) {
      section += next() + 1;
      sections.push(section);
    }
    starts.push(sections.length);
  }
  return {
    docs: Int32Array.from(docs),
    masks: Uint16Array.from(masks),
    counts: Int32Array.from(counts),
    sectionStarts: Int32Array.from(starts),
    sections: Int32Array.from(sections),
  };
}

const separator = " ";
const maxShared = 35;

/**
 * A sorted list of words as one string: each entry is the length of the prefix it shares with the
 * entry before (one base-36 digit) and the rest of the word; entries are separated by spaces.
 */
export function encodeVocabulary(words: readonly string[]): string {
  let previous = "";
  return words
    .map((word) => {
      if (word === "" || word.includes(separator)) throw new Error(`search index: cannot store the word "${word}"`);
      let shared = 0;
      while (shared < maxShared && shared < word.length - 1 && word[shared] === previous[shared]) shared += 1;
      previous = word;
      return shared.toString(36) + word.slice(shared);
    })
    .join(separator);
}

export function decodeVocabulary(text: string): string[] {
  if (text === "") return [];
  let previous = "";
  return text.split(separator).map((entry) => {
    const shared = parseInt(entry[0] ?? "", 36);
    if (Number.isNaN(shared) || shared > previous.length)
      throw new Error(`search index: bad vocabulary entry "${entry}"`);
    previous = previous.slice(0, shared) + entry.slice(1);
    return previous;
  });
}

/**
 * The answer to a query of one or two letters: its words (space-separated); its hits as numbers
 * (text, field mask, number of sections, sections), each in one query word, none a typo; their
 * scores to `scoreDigits` significant digits. The hits are stored in their order, which the scores
 * only explain: the full figures (17 digits each) were half the bytes of the index's entry.
 */
export interface EncodedLetterAnswer {
  words: string;
  hits: string;
  scores: number[];
}

export const scoreDigits = 4;
export const roundScore = (score: number) => Number(score.toPrecision(scoreDigits));

export function encodeLetterAnswer({ words, hits }: LetterAnswer): EncodedLetterAnswer {
  const out: string[] = [];
  for (const hit of hits) {
    if (hit.matchedWords !== 1 || hit.typos !== 0 || hit.sections.some(([, n]) => n !== 1))
      throw new Error("search index: a one-letter answer has one word and no typo");
    encodeNumber(
      hit.fields.reduce((mask, field) => mask | (1 << fields.indexOf(field)), 0),
      out,
    );
    encodeNumber(hit.doc, out);
    encodeNumber(hit.sections.length, out);
    for (const [section] of hit.sections) encodeNumber(section, out);
  }
  return { words: words.join(" "), hits: out.join(""), scores: hits.map((h) => roundScore(h.score)) };
}

export function decodeLetterAnswer({ words, hits, scores }: EncodedLetterAnswer): LetterAnswer {
  const numbers = decodeNumbers(hits);
  const out: LetterAnswer["hits"] = [];
  for (let i = 0; i < numbers.length;) {
    const mask = numbers[i++] as number;
    const doc = numbers[i++] as number;
    const count = numbers[i++] as number;
    const sections = numbers.slice(i, i + count).map((s): [number, number] => [s, 1]);
    i += count;
    const score = scores[out.length];
    if (score === undefined || sections.length !== count)
      throw new Error("search index: a one-letter answer ends in the middle of a hit");
    out.push({ doc, score, matchedWords: 1, typos: 0, fields: fields.filter((_, bit) => mask & (1 << bit)), sections });
  }
  if (out.length !== scores.length) throw new Error("search index: a one-letter answer has more scores than hits");
  return { words: words === "" ? [] : words.split(" "), hits: out };
}
