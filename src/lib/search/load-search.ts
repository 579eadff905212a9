import { mkdirSync } from "node:fs";
import { searchBody } from "../content/rendered-body";
import type { BodyResult } from "../content/body-worker";
import type { TextModel } from "../model";
import type { SearchRecord } from "./build";
import type { IndexFiles, IndexTask } from "./index-worker";
import { workerPool } from "../build/pool";
import { searchOrder, searchRecord } from "./records";
import { buildPart, rendersText } from "../build/part";
import { partRecords } from "../build/merge-search";
import { loadSite } from "../site";
import { searchFilesDir } from "../../integrations/search-files";

export interface LoadedSearch {
  /**
   * The entry file's content (`search/index.json`, which its route serves). In a build in parts,
   * the part's search records instead, for the merge, which writes the site's entry in its place.
   */
  entry: string;
  /** The other search files, for the dev server's route (none in a build, which writes them itself). */
  files: Map<string, string>;
}

let cached: Promise<LoadedSearch> | undefined;

/** How many bodies may wait to be parsed at once. */
const inFlight = 8;

/**
 * The search files, built once per build from the site model and each text's body rendered as
 * its page renders it (same components), so that search sees what a reader reads. An article's
 * JATS body is made from the same rendering (content/rendered-body.ts). A build in
 * parts renders only its own texts: it writes their records for the merge, which builds the
 * index (src/lib/build/merge-search.ts). The pages do not wait for any of it: they name the entry
 * by its fixed name, and only its route (pages/search/index.json.ts) awaits the index.
 */
export function loadSearch(): Promise<LoadedSearch> {
  cached ??= (async () => {
    const site = await loadSite();
    const texts = searchOrder(site);
    const part = buildPart() !== undefined;
    // A build writes the files where the site is built, as they are made (searchFilesDir); the
    // dev server keeps them, for its route to serve. The entry is its own route's, in both.
    const dir = part ? undefined : searchFilesDir();
    if (dir !== undefined) mkdirSync(dir, { recursive: true });
    // The index takes each text as its body arrives, in order, on a thread of its own
    // (index-worker.ts), so that an archive's bodies are never held at once; a build in parts
    // keeps its own texts' records, for the merge.
    const index = part
      ? undefined
      : workerPool<IndexTask, IndexFiles | null>("lib/search/index-worker.ts", undefined, 1);
    const own: SearchRecord[] = [];
    const adding: Promise<unknown>[] = [];
    const take = async (text: TextModel, body: Promise<BodyResult> | undefined) => {
      const { sections, folded } = (await body) ?? { sections: [], folded: [] };
      const record = searchRecord(site, text, sections);
      if (index === undefined) {
        if (body !== undefined) own.push(record);
        return;
      }
      // The record holds the body's sections themselves (searchRecord), so they find their words.
      const words = new Map(sections.map((s, i) => [s, folded[i]]));
      const added = index.run({ add: record, folded: record.sections.map((s) => words.get(s) ?? null) });
      // Its error is thrown when it is awaited, in order.
      added.catch(() => undefined);
      adding.push(added);
      // The thread keeps up with the bodies; a few texts wait for it at most, not the archive.
      if (adding.length > inFlight) await adding.shift();
    };
    // Each body is rendered here and parsed (and its words folded) on another thread
    // (content/rendered-body.ts); a few wait for that thread at once, not the archive's bodies.
    const parsing: [TextModel, Promise<BodyResult> | undefined][] = [];
    for (const text of texts) {
      const jats = text.kind === "article" && site.issueOf(text) !== undefined;
      const body = rendersText(site, text) ? searchBody(text, jats) : undefined;
      // Its error is thrown when it is awaited, in order.
      body?.catch(() => undefined);
      parsing.push([text, body]);
      if (parsing.length > inFlight) await take(...parsing.shift()!);
    }
    for (const [text, body] of parsing) await take(text, body);
    if (index === undefined)
      return {
        entry: partRecords(
          texts.map((t) => t.path),
          own,
        ),
        files: new Map(),
      };
    await Promise.all(adding);
    const made = await index.run({ done: dir === undefined ? {} : { dir } });
    // The index, and its thread, go once its files are written.
    await index.close();
    if (made === null) throw new Error("search index: its thread gave no files");
    return { entry: made.entry, files: new Map(made.files) };
  })();
  return cached;
}

/**
 * Starts the search index in a build, before its route asks for it: its bodies are rendered on
 * this thread, which has time while the first pages, the articles', wait for their citations
 * (scholarly/cite-view.ts). The route awaits it, and gets its error. The dev server builds it
 * only when asked.
 */
export function searchAhead(): void {
  if (!import.meta.env.DEV) loadSearch().catch(() => undefined);
}
