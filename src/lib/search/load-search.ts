import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { searchSections } from "../content/rendered-body";
import { buildSearch, type SearchSection } from "./build";
import { searchFiles } from "./files";
import { searchOrder, searchRecord, searchRecords } from "./records";
import { buildPart, rendersText } from "../build/part";
import { partEntry, partRecords, partRecordsFile } from "../build/merge-search";
import { loadSite } from "../site";
import { searchFilesDir } from "../../integrations/search-files";

export interface LoadedSearch {
  /** The entry file's name, below `search/`. */
  entry: string;
  /** The search files the route serves: name → content (none when a build has written them itself). */
  files: Map<string, string>;
}

let cached: Promise<LoadedSearch> | undefined;

/**
 * The search files, built once per build from the site model and each text's body rendered as
 * its page renders it (same components), so that search sees what a reader reads. An article's
 * JATS body is made from the same rendering (content/rendered-body.ts). A build in
 * parts renders only its own texts: it writes their records for the merge, which builds the
 * index (src/lib/build/merge-search.ts).
 */
export function loadSearch(): Promise<LoadedSearch> {
  cached ??= (async () => {
    const site = await loadSite();
    const bodies = new Map<string, SearchSection[]>();
    const texts = searchOrder(site);
    for (const text of texts) {
      if (!rendersText(site, text)) continue;
      const jats = text.kind === "article" && site.issueOf(text) !== undefined;
      bodies.set(text.path, await searchSections(text, jats));
    }
    if (buildPart() !== undefined) {
      const own = texts.filter((t) => bodies.has(t.path)).map((t) => searchRecord(site, t, bodies.get(t.path)));
      const json = partRecords(
        texts.map((t) => t.path),
        own,
      );
      return { entry: partEntry, files: new Map([[partRecordsFile, json]]) };
    }
    // A build writes the files where the site is built, as they are made (searchFilesDir);
    // the dev server keeps them, for the route to serve.
    const dir = searchFilesDir();
    if (dir === undefined) return searchFiles(buildSearch(searchRecords(site, bodies)));
    mkdirSync(dir, { recursive: true });
    return searchFiles(buildSearch(searchRecords(site, bodies)), (name, json) => writeFileSync(join(dir, name), json));
  })();
  return cached;
}
