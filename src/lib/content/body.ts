import { readFileSync } from "node:fs";

/** The body of a text file: what follows its front matter (between `---` lines), as the glob loader splits it. */
export function textBody(source: string): string {
  const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  return front ? source.slice(front[0].length) : source;
}

/** The body of the text file at `filePath` (relative to the project, as the content store gives it). */
export const readTextBody = (filePath: string) => textBody(readFileSync(filePath, "utf8"));
