import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { revisedAt } from "./revised";

describe("revisedAt", () => {
  it("is the last commit of a committed, unchanged file", () => {
    const file = "content/issues/11-1/issue.yaml";
    const dirty = execFileSync("git", ["status", "--porcelain", "--", file], { encoding: "utf8" }).trim();
    const committed = execFileSync("git", ["log", "-1", "--format=%cI", "--", file], { encoding: "utf8" }).trim();
    if (dirty !== "") return; // an edit in progress: the next case covers that path
    expect(revisedAt(file).getTime()).toBe(new Date(committed).getTime());
  });

  it("is the modification time of a file outside git", () => {
    const dir = mkdtempSync(join(tmpdir(), "cabj-revised-"));
    const file = join(dir, "a.yaml");
    writeFileSync(file, "x: 1\n");
    const when = new Date("2021-05-06T07:08:09Z");
    utimesSync(file, when, when);
    try {
      expect(revisedAt(file).getTime()).toBe(when.getTime());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("revisedAt over the content folder", () => {
  it("gives every content file the date the per-file git calls give it", () => {
    const git = (args: string[]) => execFileSync("git", args, { encoding: "utf8" }).trim();
    const files = git(["ls-files", "content"]).split("\n");
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const dirty = git(["status", "--porcelain", "--", file]) !== "";
      const expected = dirty ? statSync(file).mtime : new Date(git(["log", "-1", "--format=%cI", "--", file]));
      expect(revisedAt(file).getTime(), file).toBe(expected.getTime());
    }
  });
});
