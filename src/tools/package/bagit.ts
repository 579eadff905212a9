/**
 * BagIt (RFC 8493) with SHA-256: writing a bag from a folder, and checking one. Plain Node, so
 * that an archivist can verify a bag years from now without the site's build tools.
 */
import { createHash } from "node:crypto";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

const manifest = "manifest-sha256.txt";
const tagManifest = "tagmanifest-sha256.txt";
const declaration = "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n";

/** Every file below `dir`, as bag paths ("/"-separated, relative to `root`), sorted. */
function filesBelow(dir: string, root: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...filesBelow(full, root));
    else out.push(relative(root, full).split(sep).join("/"));
  }
  return out.sort();
}

const sha256 = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

/** RFC 8493 §2.1.3: CR, LF and "%" in a manifest path are percent-encoded. */
export const encodePath = (path: string) => path.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
const decodePath = (path: string) => path.replaceAll("%0D", "\r").replaceAll("%0A", "\n").replaceAll("%25", "%");

function writeManifest(bag: string, name: string, paths: string[]): void {
  writeFileSync(join(bag, name), paths.map((p) => `${sha256(join(bag, p))}  ${encodePath(p)}\n`).join(""));
}

/** A byte count as people read it, for Bag-Size. */
export function humanSize(bytes: number): string {
  const units = ["B", "KB", "MB", "GB", "TB"];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${unit === 0 ? value : value.toFixed(1)} ${units[unit]}`;
}

export interface BagOptions {
  /** bag-info.txt fields in order; a label may repeat. */
  info: [label: string, value: string][];
  /** Other tag files at the bag's top level (name → text), such as a README. */
  tagFiles?: Record<string, string>;
}

/**
 * Writes `payload` as a bag at `bag` (replacing whatever is there): the payload under data/,
 * bagit.txt, bag-info.txt with Payload-Oxum and Bag-Size added, both manifests.
 */
export function writeBag(payload: string, bag: string, options: BagOptions): { files: number; bytes: number } {
  if (!existsSync(payload)) throw new Error(`${payload}: expected the folder to package`);
  rmSync(bag, { recursive: true, force: true });
  mkdirSync(bag, { recursive: true });
  cpSync(payload, join(bag, "data"), { recursive: true });
  const payloadFiles = filesBelow(join(bag, "data"), bag);
  const bytes = payloadFiles.reduce((sum, p) => sum + statSync(join(bag, p)).size, 0);
  writeFileSync(join(bag, "bagit.txt"), declaration);
  const info: [string, string][] = [
    ...options.info,
    ["Payload-Oxum", `${bytes}.${payloadFiles.length}`],
    ["Bag-Size", humanSize(bytes)],
  ];
  for (const [label, value] of info)
    if (/[\r\n]/.test(value) || /[:\r\n]/.test(label))
      throw new Error(`bag-info.txt: ${label}: expected a one-line label and value`);
  writeFileSync(join(bag, "bag-info.txt"), info.map(([label, value]) => `${label}: ${value}\n`).join(""));
  for (const [name, text] of Object.entries(options.tagFiles ?? {})) writeFileSync(join(bag, name), text);
  writeManifest(bag, manifest, payloadFiles);
  const tagFiles = filesBelow(bag, bag).filter((p) => !p.startsWith("data/") && p !== tagManifest);
  writeManifest(bag, tagManifest, tagFiles);
  return { files: payloadFiles.length, bytes };
}

/** Reads a manifest into path → checksum, reporting malformed lines. */
function readManifest(bag: string, name: string, problems: string[]): Map<string, string> {
  const entries = new Map<string, string>();
  const text = readFileSync(join(bag, name), "utf8");
  text.split("\n").forEach((line, i) => {
    if (line.trim() === "") return;
    const match = /^([0-9a-fA-F]{64})[ \t]+(.+)$/.exec(line.replace(/\r$/, ""));
    if (!match?.[1] || !match[2]) return void problems.push(`${name}: line ${i + 1}: expected "<sha256> <path>"`);
    const path = decodePath(match[2]);
    if (path.startsWith("/") || path.split("/").includes(".."))
      return void problems.push(`${name}: line ${i + 1}: ${path}: expected a path inside the bag`);
    if (entries.has(path)) problems.push(`${name}: ${path}: listed twice`);
    entries.set(path, match[1].toLowerCase());
  });
  return entries;
}

function checkAgainst(
  bag: string,
  name: string,
  listed: Map<string, string>,
  present: string[],
  problems: string[],
): void {
  for (const [path, expected] of listed) {
    if (!existsSync(join(bag, path))) problems.push(`${path}: missing (listed in ${name})`);
    else if (sha256(join(bag, path)) !== expected) problems.push(`${path}: altered (its SHA-256 differs from ${name})`);
  }
  for (const path of present) if (!listed.has(path)) problems.push(`${path}: extra (not listed in ${name})`);
}

/** Checks a bag: every problem names the file. An empty list means the bag is complete and valid. */
export function verifyBag(bag: string): string[] {
  const problems: string[] = [];
  if (!existsSync(bag) || !statSync(bag).isDirectory()) return [`${bag}: expected a bag folder`];
  const bagit = join(bag, "bagit.txt");
  if (!existsSync(bagit)) problems.push("bagit.txt: missing");
  else if (!/^BagIt-Version: \d+\.\d+\r?\nTag-File-Character-Encoding: \S+\r?\n?$/.test(readFileSync(bagit, "utf8")))
    problems.push("bagit.txt: expected BagIt-Version and Tag-File-Character-Encoding lines");
  if (!existsSync(join(bag, manifest))) return [...problems, `${manifest}: missing`];

  const payloadFiles = filesBelow(join(bag, "data"), bag);
  checkAgainst(bag, manifest, readManifest(bag, manifest, problems), payloadFiles, problems);

  if (existsSync(join(bag, tagManifest))) {
    const tagFiles = filesBelow(bag, bag).filter((p) => !p.startsWith("data/") && p !== tagManifest);
    checkAgainst(bag, tagManifest, readManifest(bag, tagManifest, problems), tagFiles, problems);
  }

  const infoFile = join(bag, "bag-info.txt");
  const oxum = existsSync(infoFile) ? /^Payload-Oxum:\s*(\d+)\.(\d+)\s*$/m.exec(readFileSync(infoFile, "utf8")) : null;
  if (oxum) {
    const bytes = payloadFiles.reduce((sum, p) => sum + statSync(join(bag, p)).size, 0);
    if (Number(oxum[1]) !== bytes || Number(oxum[2]) !== payloadFiles.length)
      problems.push(
        `bag-info.txt: Payload-Oxum says ${oxum[1]} bytes in ${oxum[2]} files, the payload has ${bytes} in ${payloadFiles.length}`,
      );
  }
  return problems;
}
