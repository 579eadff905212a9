import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { encodePath, humanSize, verifyBag, writeBag } from "./bagit";

let work: string;
let bag: string;

/** A copy of the good bag to damage. */
function copyOfBag(): string {
  const copy = mkdtempSync(join(work, "copy-"));
  cpSync(bag, copy, { recursive: true });
  return copy;
}

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cabj-bag-"));
  const site = join(work, "site");
  mkdirSync(join(site, "issues", "11-1"), { recursive: true });
  writeFileSync(join(site, "index.html"), "<!doctype html><title>CABJ</title>");
  writeFileSync(join(site, "issues", "11-1", "index.html"), "<!doctype html><title>Vol. 11 No. 1</title>");
  writeFileSync(join(site, "100% odd name.txt"), "percent");
  bag = join(work, "bag");
  writeBag(site, bag, {
    info: [
      ["Title", "Central Asia Business Journal"],
      ["Issue", "Vol. 11 No. 1 (Spring 2020)"],
    ],
    tagFiles: { "README.txt": "For the archivist.\n" },
  });
  return () => rmSync(work, { recursive: true, force: true });
});

describe("writeBag", () => {
  it("writes the declaration, the info with payload size, and both manifests", () => {
    expect(readFileSync(join(bag, "bagit.txt"), "utf8")).toBe(
      "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
    );
    const info = readFileSync(join(bag, "bag-info.txt"), "utf8");
    expect(info).toContain("Title: Central Asia Business Journal\n");
    expect(info).toContain("Issue: Vol. 11 No. 1 (Spring 2020)\n");
    expect(info).toContain(`Payload-Oxum: ${35 + 42 + 7}.3\n`);
    const manifest = readFileSync(join(bag, "manifest-sha256.txt"), "utf8");
    expect(manifest).toMatch(/^[0-9a-f]{64} {2}data\/100%25 odd name\.txt$/m);
    expect(manifest.trim().split("\n")).toHaveLength(3);
    const tags = readFileSync(join(bag, "tagmanifest-sha256.txt"), "utf8");
    for (const name of ["README.txt", "bag-info.txt", "bagit.txt", "manifest-sha256.txt"])
      expect(tags).toContain(`  ${name}\n`);
  });

  it("refuses a multi-line bag-info value", () => {
    expect(() => writeBag(join(work, "site"), join(work, "bad"), { info: [["Title", "two\nlines"]] })).toThrow(
      "bag-info.txt: Title",
    );
  });
});

describe("verifyBag", () => {
  it("accepts the bag as written", () => {
    expect(verifyBag(bag)).toEqual([]);
  });

  it("fails when one byte of a payload file is flipped, naming the file", () => {
    const copy = copyOfBag();
    const file = join(copy, "data", "issues", "11-1", "index.html");
    const bytes = readFileSync(file);
    bytes[10] = (bytes[10] ?? 0) ^ 0x01;
    writeFileSync(file, bytes);
    expect(verifyBag(copy)).toEqual([
      "data/issues/11-1/index.html: altered (its SHA-256 differs from manifest-sha256.txt)",
    ]);
  });

  it("fails on a missing payload file", () => {
    const copy = copyOfBag();
    rmSync(join(copy, "data", "index.html"));
    expect(verifyBag(copy)).toContain("data/index.html: missing (listed in manifest-sha256.txt)");
  });

  it("fails on an extra payload file", () => {
    const copy = copyOfBag();
    writeFileSync(join(copy, "data", "intruder.html"), "x");
    expect(verifyBag(copy)).toContain("data/intruder.html: extra (not listed in manifest-sha256.txt)");
  });

  it("fails on an altered tag file and an extra one", () => {
    const copy = copyOfBag();
    writeFileSync(join(copy, "README.txt"), "Changed.\n");
    writeFileSync(join(copy, "notes.txt"), "x");
    expect(verifyBag(copy)).toEqual([
      "README.txt: altered (its SHA-256 differs from tagmanifest-sha256.txt)",
      "notes.txt: extra (not listed in tagmanifest-sha256.txt)",
    ]);
  });

  it("fails without bagit.txt or the manifest", () => {
    const copy = copyOfBag();
    rmSync(join(copy, "manifest-sha256.txt"));
    rmSync(join(copy, "bagit.txt"));
    expect(verifyBag(copy)).toEqual(expect.arrayContaining(["bagit.txt: missing", "manifest-sha256.txt: missing"]));
  });
});

describe("helpers", () => {
  it.each([
    ["a%b", "a%25b"],
    ["line\nbreak\r", "line%0Abreak%0D"],
  ])("encodePath(%j) → %s", (path, encoded) => expect(encodePath(path)).toBe(encoded));

  it.each([
    [999, "999 B"],
    [237231, "237.2 KB"],
    [5_400_000, "5.4 MB"],
  ])("humanSize(%d) → %s", (bytes, text) => expect(humanSize(bytes)).toBe(text));
});
