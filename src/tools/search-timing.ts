/**
 * Times one search design in a fresh worker thread, as a reader's browser tab would run it: its
 * own heap, nothing else in memory. Started by src/tools/bench/search.ts with a job in
 * `workerData`; posts back the load time, the time of each keystroke and the result lists.
 */
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import Fuse from "fuse.js/basic";
import { createEngine } from "../lib/search/engine";
import { foldText } from "../lib/search/fold";
import { fields, maxResults } from "../lib/search/options";

export interface TimingJob {
  design: "engine" | "plain-fuse";
  /** The index file as the browser would download it. */
  file: string;
  /** Queries to time, one search each, in order. */
  keystrokes: string[];
  /** Queries whose result lists (document numbers, best first) are wanted. */
  queries: string[];
}

export interface TimingResult {
  load: number;
  times: number[];
  results: number[][];
}

/** The options plain Fuse runs with: every field, fuzzy anywhere in the text. */
export const plainFuseOptions = { keys: [...fields], threshold: 0.3, ignoreLocation: true, includeScore: true };

function run(job: TimingJob): TimingResult {
  const json = readFileSync(job.file, "utf8");
  const start = performance.now();
  let search: (q: string) => number[];
  if (job.design === "engine") {
    const engine = createEngine(JSON.parse(json));
    search = (q) => engine.search(q).hits.map((h) => h.doc);
  } else {
    const data = JSON.parse(json) as { docs: Record<string, string>[]; index: Parameters<typeof Fuse.parseIndex>[0] };
    const fuse = new Fuse(data.docs, plainFuseOptions, Fuse.parseIndex(data.index));
    // Plain Fuse gets the same folding, so that only the design differs.
    search = (q) => fuse.search(foldText(q).join(" "), { limit: maxResults }).map((r) => r.refIndex);
  }
  const load = performance.now() - start;
  const times = job.keystrokes.map((q) => {
    const t = performance.now();
    search(q);
    return performance.now() - t;
  });
  return { load, times, results: job.queries.map(search) };
}

if (parentPort) parentPort.postMessage(run(workerData as TimingJob));
