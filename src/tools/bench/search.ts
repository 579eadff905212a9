/**
 * Search at archive scale: synthetic archives of 1,000 and 10,000 texts made from the real ones
 * (src/tools/synthetic-archive.ts), written to a temporary folder and removed afterwards. For each,
 * side by side: plain Fuse over whole documents (the same folded text, so that only the design
 * differs) and this site's search (Fuse over the vocabulary → inverted index → BM25).
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { Worker } from "node:worker_threads";
import Fuse from "fuse.js/basic";
import { readSite } from "../../lib/read-content";
import { buildSearch, type SearchRecord } from "../../lib/search/build";
import { foldText } from "../../lib/search/fold";
import { fields, maxResults } from "../../lib/search/options";
import { searchRecords } from "../../lib/search/records";
import { syntheticArchive } from "../synthetic-archive";
import { plainFuseOptions, type TimingJob, type TimingResult } from "../search-timing";

/**
 * Queries a reader might type, each with the word it means: typos in three languages, Kazakh
 * letters typed as Russian ones and back, transliterations, Kazakh Latin, the wrong keyboard layout.
 */
const recallQueries: [query: string, meant: string][] = [
  ["Kyrgystan", "Kyrgyzstan"],
  ["Kazakstan", "Kazakhstan"],
  ["modernisation", "modernization"],
  ["accesion", "accession"],
  ["интерграция", "Integration"],
  ["Кыргызтан", "Кыргызстан"],
  ["корпоротивной", "корпоративной"],
  ["Казакстан", "Қазақстан"],
  ["кыргызстаннын", "Қырғызстанның"],
  ["экономикалык", "экономикалық"],
  ["Qazaqstan", "Қазақстан"],
  ["integratsiya", "Integration"],
  ["korporativnoy", "корпоративной"],
  ["Evraziyskiy", "Евразийский"],
  ["Rossiya", "Россия"],
  ["лфяфлрыефт", "Kazakhstan"],
  ["ьщвуктшяфешщт", "modernization"],
];

/** Other queries, for latency only. */
const latencyQueries = [
  "economic modernization",
  "corporate social responsibility",
  "Евразийский союз",
  "әлеуметтік жауапкершілік",
  "F15",
  "Nazarbayev",
];

/** Each query as typed, one character at a time (from two characters on). */
const keystrokes = [...recallQueries.map(([q]) => q), ...latencyQueries].flatMap((q) =>
  Array.from({ length: q.length - 1 }, (_, i) => q.slice(0, i + 2)),
);

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => (value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(1)} ms`);

interface Measured {
  raw: number;
  gzip: number;
  load: number;
  p50: number;
  p95: number;
  keystrokes: number;
  /** Undefined when not measured (plain Fuse at 10,000 texts: minutes per pass). */
  recall: number | undefined;
}

/** Documents that contain the meant word or a form of it (the word and an ending): what a query should find. */
function relevant(records: readonly SearchRecord[], meant: string): Set<number> {
  const key = foldText(meant)[0] as string;
  const found = new Set<number>();
  records.forEach((r, doc) => {
    if (Object.values(r.fields).some((t) => foldText(t ?? "").some((w) => w.startsWith(key)))) found.add(doc);
  });
  return found;
}

/**
 * Share of what should be found that is: per query, the relevant texts among the first
 * min(50, relevant) results, over that number; averaged over the queries.
 */
function recallOf(records: readonly SearchRecord[], results: number[][]): number {
  let sum = 0;
  recallQueries.forEach(([, meant], i) => {
    const truth = relevant(records, meant);
    const k = Math.min(maxResults, truth.size);
    if (k === 0) throw new Error(`bench: no synthetic text contains "${meant}"`);
    sum += (results[i] ?? []).slice(0, k).filter((d) => truth.has(d)).length / k;
  });
  return sum / recallQueries.length;
}

const hook = new URL("../resolve-ts.ts", import.meta.url).href;

/** Runs a timing job in a fresh worker thread (src/tools/search-timing.ts). */
function timeInWorker(job: TimingJob): Promise<TimingResult> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("../search-timing.ts", import.meta.url), {
      workerData: job,
      execArgv: [
        "--import",
        `data:text/javascript,import{register}from"node:module";register(${JSON.stringify(hook)})`,
      ],
    });
    worker.once("message", (result: TimingResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once("error", reject);
  });
}

const measured = (
  json: string,
  result: TimingResult,
  records: readonly SearchRecord[],
  withRecall: boolean,
): Measured => ({
  raw: Buffer.byteLength(json),
  gzip: gzipSync(json).length,
  load: result.load,
  p50: percentile(result.times, 50),
  p95: percentile(result.times, 95),
  keystrokes: result.times.length,
  recall: withRecall ? recallOf(records, result.results) : undefined,
});

async function measureEngine(records: SearchRecord[], dir: string): Promise<Measured> {
  const json = JSON.stringify(buildSearch(records).index);
  const file = join(dir, "index.json");
  writeFileSync(file, json);
  const result = await timeInWorker({ design: "engine", file, keystrokes, queries: recallQueries.map(([q]) => q) });
  return measured(json, result, records, true);
}

/** Plain Fuse over whole documents: every field of every text, folded, as one Fuse key each. */
async function measurePlainFuse(
  records: SearchRecord[],
  dir: string,
  sample: number,
  withRecall: boolean,
): Promise<Measured> {
  const docs = records.map((r) => Object.fromEntries(fields.map((f) => [f, foldText(r.fields[f] ?? "").join(" ")])));
  const json = JSON.stringify({ docs, index: Fuse.createIndex(plainFuseOptions.keys, docs).toJSON() });
  const file = join(dir, "plain-fuse.json");
  writeFileSync(file, json);
  const step = Math.max(1, Math.floor(keystrokes.length / sample));
  const result = await timeInWorker({
    design: "plain-fuse",
    file,
    keystrokes: keystrokes.filter((_, i) => i % step === 0),
    queries: withRecall ? recallQueries.map(([q]) => q) : [],
  });
  return measured(json, result, records, withRecall);
}

export default async function searchBench(): Promise<string[]> {
  const real = searchRecords(readSite());
  const dir = mkdtempSync(join(tmpdir(), "cabj-search-bench-"));
  const lines = [
    `Keystrokes: ${keystrokes.length} (${recallQueries.length + latencyQueries.length} queries typed letter by letter); recall on the ${recallQueries.length} typo, folding, transliteration and layout queries.`,
    "",
    "| texts | search | index raw | index gzip | load + parse | keystroke p50 | keystroke p95 | recall |",
    "|---:|---|---:|---:|---:|---:|---:|---:|",
  ];
  try {
    for (const count of [1000, 10000]) {
      const archive = syntheticArchive(real, count);
      const row = (name: string, m: Measured, note = "") =>
        `| ${count} | ${name}${note} | ${kb(m.raw)} | ${kb(m.gzip)} | ${ms(m.load)} | ${ms(m.p50)} | ${ms(m.p95)} | ${m.recall === undefined ? "not run" : `${(m.recall * 100).toFixed(0)}%`} |`;
      // Plain Fuse takes about a second a search at 1,000 texts and ten at 10,000: sample it.
      const small = count <= 1000;
      const plain = await measurePlainFuse(archive.records, dir, small ? 30 : 5, small);
      lines.push(row("plain Fuse", plain, ` (${plain.keystrokes} keystrokes sampled)`));
      lines.push(row("this site", await measureEngine(archive.records, dir)));
      const shards = buildSearch(archive.records).shards;
      const shardGzip = [...shards.values()].map((s) => gzipSync(JSON.stringify(s)).length);
      lines.push(
        `|  | (${archive.tokens.toLocaleString("en")} words, ${archive.vocabulary.toLocaleString("en")} distinct; result shards: ${shards.size} × ${kb(shardGzip.reduce((a, b) => a + b, 0) / shards.size)} gzip, fetched for the results shown) | | | | | | |`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return lines;
}
