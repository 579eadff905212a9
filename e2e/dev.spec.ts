import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";

/**
 * `npm run dev` serves what the built site serves: every link and asset a page shows answers.
 * Two outputs exist only after `astro build`, and the README says so: the PDF galleys (which dev
 * pages do not link) and sitemap.xml (which no page links).
 */
const port = Number(process.env["E2E_PORT"] ?? 4322) + 4;
const origin = `http://127.0.0.1:${port}`;
const root = new URL("..", import.meta.url).pathname;

test.describe.configure({ mode: "serial" });

let dev: ChildProcess | undefined;
let cache: string | undefined;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  dev = spawn(
    process.execPath,
    [join(root, "node_modules/astro/bin/astro.mjs"), "dev", "--host", "127.0.0.1", "--port", String(port)],
    {
      cwd: root,
      stdio: "ignore",
      env: { ...process.env, CABJ_CACHE_DIR: (cache = mkdtempSync(join(tmpdir(), "cabj-dev-"))) },
    },
  );
  for (let i = 0; i < 600; i++) {
    const up = await fetch(`${origin}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (up) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`astro dev did not answer on ${origin} within a minute`);
});

test.afterAll(async () => {
  if (dev && dev.exitCode === null) {
    const exited = new Promise((resolve) => dev?.once("exit", resolve));
    dev.kill();
    await exited;
  }
  if (cache) rmSync(cache, { recursive: true, force: true });
});

test("every link and asset on every page answers under the dev server", async ({ request }) => {
  test.setTimeout(300_000);
  const status = new Map<string, number>();
  const linkedFrom = new Map<string, string>();
  const queue = [`${origin}/`];
  while (queue.length > 0) {
    const url = queue.shift()!;
    if (status.has(url)) continue;
    const response = await request.get(url, { maxRedirects: 0 });
    status.set(url, response.status());
    if (response.status() !== 200 || !(response.headers()["content-type"] ?? "").includes("text/html")) continue;
    const html = await response.text();
    for (const [, ref] of html.matchAll(/\s(?:href|src)="([^"#]+)/g)) {
      const target = new URL(ref!.replaceAll("&amp;", "&"), url);
      if (target.origin !== origin || status.has(target.href) || linkedFrom.has(target.href)) continue;
      linkedFrom.set(target.href, url);
      queue.push(target.href);
    }
  }
  const broken = [...status]
    .filter(([, code]) => code !== 200)
    .map(([url, code]) => `${code} ${url} (on ${linkedFrom.get(url)})`);
  expect(broken).toEqual([]);
  // The crawl reached the pages and the files beside them, the reference files among them.
  const reached = [...status.keys()].map((u) => u.slice(origin.length));
  expect(reached).toEqual(
    expect.arrayContaining(["/issues/11-1/", "/issues/11-1/bang/cite.bib", "/issues/11-1/cite.ris"]),
  );
  expect(reached.length).toBeGreaterThan(50);
});
