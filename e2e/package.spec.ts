import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { dist } from "./site";

const root = new URL("..", import.meta.url).pathname;
const tool = (name: string, ...args: string[]) =>
  spawnSync(process.execPath, [join(root, "src/tools/package", name), ...args], { cwd: root, encoding: "utf8" });

test("the built site packages as a BagIt bag that verifies, and a flipped byte is caught and named", () => {
  const work = mkdtempSync(join(tmpdir(), "cabj-package-"));
  try {
    const bag = join(work, "bag");
    const made = tool("package.ts", dist, bag);
    expect(made.status, made.stderr).toBe(0);
    const info = readFileSync(join(bag, "bag-info.txt"), "utf8");
    for (const line of [
      "Title: Central Asia Business Journal",
      "Issue: Vol. 11 No. 1 (Spring 2020)",
      "Issue-Date: Spring 2020",
    ])
      expect(info).toContain(`${line}\n`);
    expect(info).toMatch(/^Payload-Oxum: \d+\.\d+$/m);
    expect(readFileSync(join(bag, "README.txt"), "utf8")).toContain("How to check it");

    const verified = tool("verify.ts", bag);
    expect(verified.status, verified.stderr).toBe(0);
    expect(verified.stdout).toContain("valid");

    const copy = join(work, "copy");
    cpSync(bag, copy, { recursive: true });
    const page = join(copy, "data", "index.html");
    const bytes = readFileSync(page);
    bytes[100] = (bytes[100] ?? 0) ^ 0x20;
    writeFileSync(page, bytes);
    const broken = tool("verify.ts", copy);
    expect(broken.status).toBe(1);
    expect(broken.stderr).toContain("data/index.html: altered");
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
