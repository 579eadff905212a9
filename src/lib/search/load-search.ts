import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { searchBody } from "../content/rendered-body";
import type { BodyResult } from "../content/body-worker";
import type { TextModel } from "../model";
import { searchBuilder, type SearchRecord } from "./build";
import { entryFile, searchFiles } from "./files";
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
    // The index takes each text as its body arrives, in order, so that an archive's bodies are
    // never held at once; a build in parts keeps its own texts' records, for the merge.
    const builder = part ? undefined : searchBuilder();
    const own: SearchRecord[] = [];
    const take = async (text: TextModel, body: Promise<BodyResult> | undefined) => {
      const { sections, folded } = (await body) ?? { sections: [], folded: [] };
      const record = searchRecord(site, text, sections);
      if (builder === undefined) {
        if (body !== undefined) own.push(record);
        return;
      }
      // The record holds the body's sections themselves (searchRecord), so they find their words.
      const words = new Map(sections.map((s, i) => [s, folded[i]]));
      builder.add(record, (section) => words.get(section));
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
    if (builder === undefined)
      return {
        entry: partRecords(
          texts.map((t) => t.path),
          own,
        ),
        files: new Map(),
      };
    const files = new Map<string, string>();
    let entry = "";
    searchFiles(builder.done(), (name, json) => {
      if (name === entryFile) entry = json;
      else if (dir !== undefined) writeFileSync(join(dir, name), json);
      else files.set(name, json);
    });
    return { entry, files };
  })();
  return cached;
}
