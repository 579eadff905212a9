/**
 * The search index of a build in parts. The index holds every text's full text, as its page
 * renders it, and only a text's own part renders it: a part therefore writes no index files, but
 * what search knows of each text it rendered, where the entry would be (`search/index.json`). The
 * merge builds the whole index from every part's records with the functions a one-piece build
 * uses (src/lib/search/build.ts, files.ts) and writes its files, the entry in place of the
 * records. Pages name the entry by its fixed name, so they are copied as the parts built them.
 */
import { buildSearch, type SearchRecord } from "../search/build";
import { entryFile, searchFiles } from "../search/files";

/** The file, below `search/`, in which a part writes its texts' search records: the entry's. */
export const partRecordsFile = entryFile;

/** What a part writes: every text of the site in search order, with the records of those it rendered. */
export interface PartRecords {
  texts: { path: string; record?: SearchRecord | undefined }[];
}

export const partRecords = (order: readonly string[], rendered: readonly SearchRecord[]): string => {
  const byPath = new Map(rendered.map((r) => [r.path, r]));
  return JSON.stringify({ texts: order.map((path) => ({ path, record: byPath.get(path) })) } satisfies PartRecords);
};

/**
 * The site's search files from the parts' records (`parts`: [name, json]), as a one-piece build
 * writes them, each handed to `write` as it is made.
 */
export function mergeSearch(parts: readonly [string, string][], write: (name: string, json: string) => void): void {
  const [first] = parts;
  if (!first) throw new Error(`search/${partRecordsFile}: expected the search records of at least one part`);
  const read = parts.map(([name, json]) => [name, JSON.parse(json) as PartRecords] as const);
  const order = read[0]![1].texts.map((t) => t.path);
  const records = new Map<string, SearchRecord>();
  for (const [name, { texts }] of read) {
    if (texts.length !== order.length || texts.some((t, i) => t.path !== order[i]))
      throw new Error(
        `${name}/search/${partRecordsFile}: expected the same texts as ${first[0]}: build every part from the same content, code and settings`,
      );
    for (const t of texts) if (t.record !== undefined && !records.has(t.path)) records.set(t.path, t.record);
  }
  const missing = order.filter((path) => !records.has(path));
  if (missing.length > 0)
    throw new Error(
      `search/${partRecordsFile}: expected every text's search record from the part that built it, but no part built ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}`,
    );
  searchFiles(buildSearch(order.map((path) => records.get(path)!)), write);
}
