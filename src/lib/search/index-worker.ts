/**
 * The search index's thread (load-search.ts): it takes each text's record into the index, in the
 * order they come, and at the end cuts the index into its files (files.ts), writing them where the
 * site is built. The index is the largest structure a build makes; built here, it is neither made
 * nor held, nor collected, on the thread that renders the pages. Its pool has this one thread.
 */
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { searchBuilder, type SearchRecord, type SearchSection } from "./build";
import { entryFile, searchFiles } from "./files";
import { splitWords } from "./fold";

export type IndexTask =
  /**
   * The next text, and the words of each of its sections already folded, joined by spaces
   * (content/body-worker.ts), or null for a section to fold here.
   */
  | { add: SearchRecord; folded: (string | null)[] }
  /** The index is complete: its files go to `dir`, or back in the reply when there is none (dev server). */
  | { done: { dir?: string } };

export interface IndexFiles {
  /** The entry file's content. */
  entry: string;
  /** The other files, when no folder was given. */
  files: [string, string][];
}

let builder = searchBuilder();

/**
 * No page waits for the index, only its own route, which Astro renders beside other pages: this
 * thread takes the cores that the citation thread and the pages leave (build/pool.ts).
 */
export const background = true;

export function handle(task: IndexTask): IndexFiles | null {
  if ("add" in task) {
    const { add: record, folded } = task;
    if (folded.length !== record.sections.length)
      throw new Error(
        `search index: "${record.path}" has ${record.sections.length} sections and ${folded.length} folded`,
      );
    const words = new Map<SearchSection, string | null>(record.sections.map((s, i) => [s, folded[i]!]));
    builder.add(record, (section) => {
      const joined = words.get(section);
      return joined === null || joined === undefined ? undefined : splitWords(joined);
    });
    return null;
  }
  const built = builder.done();
  builder = searchBuilder();
  const { dir } = task.done;
  let entry = "";
  const files: [string, string][] = [];
  searchFiles(built, (name, json) => {
    if (name === entryFile) entry = json;
    else if (dir !== undefined) writeFileSync(join(dir, name), json);
    else files.push([name, json]);
  });
  return { entry, files };
}
