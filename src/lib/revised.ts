import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { contentRoot } from "./content-root";

const git = (args: string[]) =>
  execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 1 << 30 }).trim();

/** One file's date the slow way: two git calls (for files outside the content folder). */
function revisedOne(file: string): Date {
  try {
    if (git(["status", "--porcelain", "--", file]) === "") {
      const committed = git(["log", "-1", "--format=%cI", "--", file]);
      if (committed) return new Date(committed);
    }
  } catch {
    // Not a git checkout, or git is missing: the file's own time is all there is.
  }
  return statSync(file).mtime;
}

/**
 * The last commit date of every committed, unchanged file below `dir` (by absolute path), from
 * two git calls for the whole folder instead of two per file; undefined when `dir` is not in git.
 */
function commitDates(dir: string): Map<string, string> | undefined {
  try {
    const top = git(["rev-parse", "--show-toplevel"]);
    const changed = new Set(
      git(["status", "--porcelain", "-z", "--untracked-files=all", "--", dir])
        .split("\0")
        .filter((entry) => /^.. /.test(entry))
        .map((entry) => resolve(top, entry.slice(3))),
    );
    const dates = new Map<string, string>();
    let date = "";
    // Newest commit first: a file's first appearance is its last commit. --cc names the files a merge
    // changed against every parent: the merges that `git log -- file` shows for a file.
    for (const token of git(["log", "-z", "--cc", "--format=%x01%cI", "--name-only", "--", dir]).split("\0")) {
      if (token.startsWith("\u0001")) date = token.slice(1);
      else if (token.trim() !== "") {
        const file = resolve(top, token.replace(/^\n/, ""));
        if (!dates.has(file) && !changed.has(file)) dates.set(file, date);
      }
    }
    return dates;
  } catch {
    return undefined;
  }
}

let dates: { root: string; files: Map<string, string> | undefined } | undefined;

/**
 * When a content file last changed: its last commit, or its modification time when it has
 * uncommitted changes or is not in git (a fixture, an unpacked copy). Feeds and OAI records need
 * such a date, and the sources date the articles only by year. The content folder's dates come
 * from one pass over its history, so that the cost does not grow with files × history.
 */
export function revisedAt(file: string): Date {
  const path = resolve(file);
  const root = resolve(contentRoot);
  if (relative(root, path).startsWith("..")) return revisedOne(file);
  if (dates?.root !== root) dates = { root, files: commitDates(root) };
  const committed = dates.files?.get(path);
  return committed ? new Date(committed) : statSync(file).mtime;
}
