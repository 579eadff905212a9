/**
 * A parsing thread of rendered-body.ts: from a text's rendered body, its search sections with
 * their words folded for the index and, for an article of an issue, its JATS body (written to the
 * file it is given), so that an archive's bodies are parsed and folded on another core while the
 * build renders the next ones.
 */
import { renameSync, writeFileSync } from "node:fs";
import { threadId } from "node:worker_threads";
import { parseHtml } from "../jats/html";
import { htmlToJats } from "../jats/body";
import { sectionsOf } from "../search/sections";
import { foldText, joinWords } from "../search/fold";
import type { SearchSection } from "../search/build";

export interface BodyTask {
  /** The body's HTML, as the text's page renders it. */
  html: string;
  /** The text's file, for errors. */
  file: string;
  /** Where its JATS body goes, for an article of an issue. */
  jatsFile?: string;
}

/**
 * A body's search sections and the words of each, folded for the index (`foldText`) and joined
 * (`joinWords`), in the same order.
 */
export interface BodyResult {
  sections: SearchSection[];
  folded: string[];
}

/** Writes `json` to `file` whole: a reader on another thread sees the old file or the new one, never part. */
export function writeWhole(file: string, json: string): void {
  const partial = `${file}.${process.pid}-${threadId}.partial`;
  writeFileSync(partial, json);
  renameSync(partial, file);
}

/**
 * No page waits for this thread (an article's JATS file, late in the build, makes its body itself
 * if it comes first): it takes the cores that the citation thread and the pages leave
 * (build/pool.ts).
 */
export const background = true;

export function handle(task: BodyTask): BodyResult {
  let nodes;
  try {
    nodes = parseHtml(task.html);
  } catch (error) {
    throw new Error(`${task.file}: its rendered body: ${error instanceof Error ? error.message : String(error)}`, {
      cause: error,
    });
  }
  if (task.jatsFile !== undefined) writeWhole(task.jatsFile, JSON.stringify(htmlToJats(nodes)));
  const sections = sectionsOf(nodes, task.file);
  return { sections, folded: sections.map((s) => joinWords(foldText(s.text))) };
}
