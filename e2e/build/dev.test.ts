import { spawn } from "node:child_process";
import { join } from "node:path";
import { expect, it } from "vitest";
import { makeFixture } from "./fixture";
import type { SearchEntry } from "../../src/lib/search/files";

const port = 4399;

it("the dev server serves the search entry and every file it names", async () => {
  const fixture = makeFixture();
  const bin = join(new URL("../../", import.meta.url).pathname, "node_modules", ".bin");
  const child = spawn(join(bin, "astro"), ["dev", "--port", String(port), "--host", "127.0.0.1"], {
    cwd: fixture.dir,
    // A clean environment: the test runner sets Vite's own variables (BASE_URL, MODE, PROD…), which
    // would change how the dev server routes.
    env: {
      PATH: `${bin}:${process.env["PATH"] ?? ""}`,
      HOME: process.env["HOME"] ?? "/tmp",
      ASTRO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
    },
  });
  let output = "";
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the dev server did not start:\n${output}`)), 60_000);
      const listen = (chunk: Buffer) => {
        output += chunk.toString();
        if (/watching for file changes/.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on("data", listen);
      child.stderr.on("data", listen);
    });
    const get = async (name: string) => {
      const response = await fetch(`http://127.0.0.1:${port}/search/${name}`);
      expect(response.status, `search/${name}\n${output}\n${(await response.clone().text()).slice(0, 300)}`).toBe(200);
      return (await response.json()) as unknown;
    };
    const entry = (await get("index.json")) as SearchEntry;
    expect(entry.docCount).toBeGreaterThan(0);
    const named = [...Object.values(entry.vocabulary), ...entry.titleShards, ...entry.docShards];
    expect(named.length).toBeGreaterThan(3);
    for (const name of named) expect(await get(name), name).toBeTruthy();
  } finally {
    child.kill();
    fixture.dispose();
  }
}, 180_000);
