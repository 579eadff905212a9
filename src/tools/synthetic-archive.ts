/**
 * A synthetic archive of many texts made from the real ones, for measuring search at the scale a
 * library reaches: each text takes the shape of a real one (its fields, how many sentences each
 * has), its sentences drawn at random from the real texts of the same language, a new title from
 * real title words, and new words at the rate real text adds them. That rate is Heaps' law,
 * V(n) = K·n^β for a vocabulary of V words after n words of text: β = 0.5 (the usual value for
 * English and Russian prose), and K fitted so that the law gives the real vocabulary at the real
 * text's length. A new word is the start of a real word with new syllables, in the real word's script, so that
 * it looks, folds and matches like a word of the language.
 */
import type { SearchRecord } from "../lib/search/build";
import { foldText } from "../lib/search/fold";
import type { Field } from "../lib/search/options";

/** A seeded random generator (mulberry32), so that every run builds the same archive. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const heapsBeta = 0.5;

/** Heaps' K for a text of `tokens` words with `vocabulary` distinct (folded) words. */
export const heapsK = (tokens: number, vocabulary: number) => vocabulary / Math.pow(tokens, heapsBeta);

const sentencesOf = (text: string) => text.match(/[^.!?]+[.!?]+(?:["»”’)]+)?|[^.!?]+$/g)?.map((s) => s.trim()) ?? [];
const latinSyllables = ["at", "ion", "is", "ol", "og", "er", "ment", "ist", "an", "iv", "it", "ship", "ur", "el", "om"];
const cyrillicSyllables = [
  "ци",
  "из",
  "ость",
  "ник",
  "ст",
  "ами",
  "ілік",
  "шы",
  "тар",
  "лық",
  "ов",
  "ен",
  "ра",
  "ұл",
  "ек",
];

/** Counts of the real corpus that the generator reproduces, and the archive it made. */
export interface SyntheticArchive {
  records: SearchRecord[];
  /** Words of text generated, and distinct folded words among them. */
  tokens: number;
  vocabulary: number;
}

/**
 * `count` synthetic texts modelled on `real` (the site's own search records), in issues of
 * `perIssue` texts. Deterministic for a given seed.
 */
export function syntheticArchive(
  real: readonly SearchRecord[],
  count: number,
  seed = 1,
  perIssue = 20,
): SyntheticArchive {
  const rand = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const shuffled = <T>(list: readonly T[]): T[] => {
    const out = [...list];
    for (let i = out.length - 1; i > 0; i -= 1) {
      const j = Math.floor(rand() * (i + 1));
      [out[i], out[j]] = [out[j] as T, out[i] as T];
    }
    return out;
  };

  const realTokens = real.flatMap((r) => Object.values(r.fields).flatMap((t) => foldText(t ?? "")));
  const k = heapsK(realTokens.length, new Set(realTokens).size);

  const sentencePool = new Map<Field, string[]>();
  const wordPool = new Map<Field, string[]>();
  for (const record of real)
    for (const [field, text] of Object.entries(record.fields) as [Field, string][]) {
      const pool =
        field === "title" || field === "keywords" || field === "authors" || field === "jel" ? wordPool : sentencePool;
      const items =
        pool === wordPool
          ? text.split(field === "keywords" ? /;\s*/ : field === "authors" ? /,\s*/ : /\s+/)
          : sentencesOf(text);
      pool.set(field, [...(pool.get(field) ?? []), ...items]);
    }

  const seen = new Set<string>();
  let tokens = 0;
  const newWord = (base: string): string => {
    const cyrillic = /[\u0400-\u04FF]/.test(base);
    for (;;) {
      const stem = base.slice(0, Math.max(3, Math.floor(base.length * (0.5 + rand() * 0.4))));
      const syllables = cyrillic ? cyrillicSyllables : latinSyllables;
      let word = stem;
      // Endings of one to four syllables: enough distinct words for any archive size.
      for (let n = 1 + Math.floor(rand() * 4); n > 0; n -= 1) word += pick(syllables);
      const key = foldText(word)[0];
      if (key !== undefined && !seen.has(key)) return word;
    }
  };
  /** The words of `text`, each replaced by a new word when Heaps' law says the vocabulary grows. */
  const grow = (text: string) =>
    text.replace(/[\p{L}\p{N}]+/gu, (word) => {
      const key = foldText(word)[0];
      if (key === undefined) return word;
      tokens += 1;
      let out = word;
      if (!seen.has(key)) seen.add(key);
      else if (seen.size < k * Math.pow(tokens, heapsBeta) && word.length > 3) {
        out = newWord(word);
        seen.add(foldText(out)[0] as string);
      }
      return out;
    });

  const records: SearchRecord[] = [];
  for (let n = 0; n < count; n += 1) {
    const model = real[n % real.length] as SearchRecord;
    const fields: Partial<Record<Field, string>> = {};
    for (const [field, text] of Object.entries(model.fields) as [Field, string][]) {
      if (field === "jel")
        fields.jel = shuffled(wordPool.get("jel") ?? [])
          .slice(0, text.split(" ").length)
          .join(" ");
      else if (field === "authors")
        fields.authors = shuffled(wordPool.get("authors") ?? [])
          .slice(0, text.split(",").length)
          .join(", ");
      else if (field === "keywords")
        fields.keywords = grow(
          shuffled(wordPool.get("keywords") ?? [])
            .slice(0, text.split(";").length)
            .join("; "),
        );
      else if (field === "title")
        fields.title = grow(
          shuffled(wordPool.get("title") ?? [])
            .slice(0, text.split(/\s+/).length)
            .join(" "),
        );
      else {
        const pool = sentencePool.get(field) ?? [];
        fields[field] = grow(
          shuffled(pool)
            .slice(0, Math.max(1, sentencesOf(text).length))
            .join(" "),
        );
      }
    }
    const issue = `s${Math.floor(n / perIssue) + 1}`;
    records.push({
      path: `issues/${issue}/text-${n + 1}/`,
      shard: issue,
      kind: "article",
      source: `Synthetic issue ${issue}`,
      fields,
    });
  }
  return { records, tokens, vocabulary: seen.size };
}
