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
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { HeadField, SearchRecord, SearchSection } from "../lib/search/build";
import { foldText } from "../lib/search/fold";

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

/** The real bodies' headings and sentences, the material of synthetic bodies. */
export interface BodyMaterial {
  headings: string[];
  sentences: string[];
}

/**
 * The headings and sentences of the real texts' bodies, read from their Markdown/MDX files as
 * plain text (components, formulas, note markers and Markdown signs removed). Body words
 * outside Astro's renderer: the pages' own sections are what the site indexes.
 */
export function realBodies(contentRoot: string): BodyMaterial {
  const files = [
    ...readdirSync(join(contentRoot, "issues"), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(contentRoot, "issues", d.name, "articles")).map((f) =>
          join(contentRoot, "issues", d.name, "articles", f),
        ),
      ),
    ...readdirSync(join(contentRoot, "companions")).map((f) => join(contentRoot, "companions", f)),
  ]
    .filter((f) => /\.mdx?$/.test(f))
    .sort();
  const headings: string[] = [];
  const sentences: string[] = [];
  for (const file of files) {
    const body = readFileSync(file, "utf8").replace(/^---\n[\s\S]*?\n---\n/, "");
    for (const line of body.split("\n")) {
      const heading = /^#{2,3}\s+(?:[\d.]+\s+)?(.*)$/.exec(line);
      if (heading) {
        headings.push((heading[1] ?? "").trim());
        continue;
      }
      if (/^\s*(?:<|import |export |\||\$\$)/.test(line)) continue;
      const plain = line
        .replace(/<PrintedValue [^>]*>([^<]*)<\/PrintedValue>/g, "$1")
        .replace(/\\\$/g, "\uE000")
        .replace(/\$[^$]*\$/g, " ")
        .replace(/\uE000/g, "$")
        .replace(/\[\^[^\]]*\]:?/g, "")
        .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
        .replace(/[*_`#>]/g, "")
        .trim();
      sentences.push(...sentencesOf(plain).filter((x) => /\p{L}{3}/u.test(x)));
    }
  }
  return { headings: headings.filter((h) => h !== ""), sentences };
}

/** Words in a synthetic body: as many as a real article's, 6,000 to 9,000. */
export const bodyWords = { min: 6000, max: 9000 } as const;

/**
 * `count` synthetic texts modelled on `real` (the site's own search records), in issues of
 * `perIssue` texts, each with a body of `bodyWords` words in 6 to 14 sections made from `body`.
 * Deterministic for a given seed.
 */
export function syntheticArchive(
  real: readonly SearchRecord[],
  count: number,
  body: BodyMaterial,
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

  const realTokens = [
    ...real.flatMap((r) => [
      ...Object.values(r.fields).flatMap((t) => foldText(t ?? "")),
      ...r.sections.flatMap((s) => foldText(s.text)),
    ]),
    ...body.sentences.flatMap((t) => foldText(t)),
  ];
  const k = heapsK(realTokens.length, new Set(realTokens).size);

  const sentencePool = new Map<string, string[]>();
  const wordPool = new Map<HeadField, string[]>();
  for (const record of real) {
    for (const [field, text] of Object.entries(record.fields) as [HeadField, string][])
      wordPool.set(field, [
        ...(wordPool.get(field) ?? []),
        ...text.split(field === "keywords" ? /;\s*/ : field === "authors" ? /,\s*/ : /\s+/),
      ]);
    for (const section of record.sections)
      if (section.field !== "body")
        sentencePool.set(section.field, [...(sentencePool.get(section.field) ?? []), ...sentencesOf(section.text)]);
  }
  sentencePool.set("body", body.sentences);

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
  const wordsOf = (text: string) => text.split(/\s+/).filter((w) => w !== "").length;

  const records: SearchRecord[] = [];
  for (let n = 0; n < count; n += 1) {
    const model = real[n % real.length] as SearchRecord;
    const fields: Partial<Record<HeadField, string>> = {};
    for (const [field, text] of Object.entries(model.fields) as [HeadField, string][]) {
      const pool = wordPool.get(field) ?? [];
      if (field === "jel") fields.jel = shuffled(pool).slice(0, text.split(" ").length).join(" ");
      else if (field === "authors") fields.authors = shuffled(pool).slice(0, text.split(",").length).join(", ");
      else if (field === "keywords") fields.keywords = grow(shuffled(pool).slice(0, text.split(";").length).join("; "));
      else fields.title = grow(shuffled(pool).slice(0, text.split(/\s+/).length).join(" "));
    }
    const sections: SearchSection[] = [];
    const summaries: SearchSection[] = [];
    for (const section of model.sections) {
      if (section.field === "body") continue;
      const pool = sentencePool.get(section.field) ?? [];
      const text = grow(
        shuffled(pool)
          .slice(0, Math.max(1, sentencesOf(section.text).length))
          .join(" "),
      );
      (section.field === "abstract" ? sections : summaries).push({ ...section, text });
    }
    // The body: 6 to 14 sections under real headings, sentences drawn at random from real bodies.
    const target = bodyWords.min + Math.floor(rand() * (bodyWords.max - bodyWords.min + 1));
    const parts = 6 + Math.floor(rand() * 9);
    let written = 0;
    for (let part = 1; part <= parts; part += 1) {
      const heading = `${part}. ${pick(body.headings)}`;
      const goal = Math.round((target * part) / parts);
      const sentences: string[] = [];
      while (written < goal) {
        const sentence = pick(body.sentences);
        sentences.push(sentence);
        written += wordsOf(sentence);
      }
      sections.push({ id: `section-${part}`, heading, field: "body", lang: "en", text: grow(sentences.join(" ")) });
    }
    const issue = `s${Math.floor(n / perIssue) + 1}`;
    records.push({
      path: `issues/${issue}/text-${n + 1}/`,
      kind: "article",
      source: `Synthetic issue ${issue}`,
      fields,
      sections: [...sections, ...summaries],
    });
  }
  return { records, tokens, vocabulary: seen.size };
}
