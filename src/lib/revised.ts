import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";

const git = (args: string[]) =>
  execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();

/**
 * When a content file last changed: its last commit, or its modification time when it has
 * uncommitted changes or is not in git (a fixture, an unpacked copy). Feeds and OAI records need
 * such a date, and the sources date the articles only by year.
 */
export function revisedAt(file: string): Date {
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
