import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { backgroundNice, workerPool } from "./pool";
import type { FactsTask } from "./page-facts-worker";
import { parseHtml } from "../jats/html";
import { htmlToJats } from "../jats/body";
import { sectionsOf } from "../search/sections";
import { foldText, joinWords } from "../search/fold";
import type { BodyResult, BodyTask } from "../content/body-worker";

const bodies = [
  '<h2 id="a">One</h2><p>The first body.</p>',
  '<h2 id="b">Two</h2><p>The second body, with <em>emphasis</em>.</p><h3 id="c">Two and a half</h3><p>More.</p>',
  "<p>A body without headings.</p>",
  '<h2 id="d">Four</h2><p>Кыргызстан и Казахстан.</p>',
];

describe("a worker pool", () => {
  it("gives each task its own result, with more tasks than threads at once", async () => {
    const pool = workerPool<BodyTask, BodyResult>("lib/content/body-worker.ts", undefined, 2);
    try {
      const results = await Promise.all(bodies.map((html, i) => pool.run({ html, file: `text-${i}.md` })));
      expect(results).toEqual(
        bodies.map((html, i) => {
          const sections = sectionsOf(parseHtml(html), `text-${i}.md`);
          return { sections, folded: sections.map((s) => joinWords(foldText(s.text))) };
        }),
      );
    } finally {
      await pool.close();
    }
  });

  it("writes a text's JATS body whole, as made here", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cabj-pool-"));
    const pool = workerPool<BodyTask, BodyResult>("lib/content/body-worker.ts", undefined, 1);
    try {
      const jatsFile = join(dir, "body.json");
      await pool.run({ html: bodies[1]!, file: "t.md", jatsFile });
      expect(JSON.parse(readFileSync(jatsFile, "utf8"))).toEqual(htmlToJats(parseHtml(bodies[1]!)));
      expect(existsSync(`${jatsFile}.partial`)).toBe(false);
    } finally {
      await pool.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it.each([
    {
      name: "a module that is not there",
      module: "lib/build/no-such-worker.ts",
      init: undefined,
      task: {},
      error: /worker lib\/build\/no-such-worker\.ts: .*no-such-worker/,
    },
    {
      name: "a task its module refuses",
      module: "lib/content/render-worker.ts",
      init: { image: {}, gfm: true, smartypants: true },
      task: { body: "![a chart](chart.png)", data: {}, filePath: join(tmpdir(), "t.md"), digest: "d", dir: tmpdir() },
      error: "expected no images in a plain-Markdown text",
    },
    {
      name: "a body that is not the build's HTML",
      module: "lib/content/body-worker.ts",
      init: undefined,
      task: { html: "<section><p>x</p>", file: "content/issues/11-1/bang.mdx" },
      error: "content/issues/11-1/bang.mdx: its rendered body: HTML for JATS: offset 0: <section> is never closed",
    },
  ])("rejects $name with the module's own words", async ({ module, init, task, error }) => {
    const pool = workerPool<unknown, unknown>(module, init, 1);
    try {
      await expect(pool.run(task)).rejects.toThrow(error);
    } finally {
      await pool.close();
    }
  });

  /** How many of this process's threads run at each niceness (Linux's /proc; field 19 of stat). */
  const niceness = () => {
    const counts = new Map<number, number>();
    for (const thread of readdirSync("/proc/self/task")) {
      const stat = readFileSync(`/proc/self/task/${thread}/stat`, "utf8");
      const nice = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
      counts.set(nice, (counts.get(nice) ?? 0) + 1);
    }
    return counts;
  };

  it.runIf(existsSync("/proc/thread-self"))(
    "runs a background module's threads (the search body's) at a lower priority, others at the build's",
    async () => {
      const before = niceness().get(backgroundNice) ?? 0;
      const background = workerPool<BodyTask, BodyResult>("lib/content/body-worker.ts", undefined, 1);
      const other = workerPool<FactsTask, unknown>("lib/build/page-facts-worker.ts", undefined, 1);
      try {
        // Each thread has run a task: its module is loaded, its priority set.
        await Promise.all([
          background.run({ html: bodies[0]!, file: "a.md" }),
          other.run({ dist: tmpdir(), pathnames: [] }),
        ]);
        expect(niceness().get(backgroundNice) ?? 0).toBe(before + 1);
      } finally {
        await Promise.all([background.close(), other.close()]);
      }
    },
  );

  it("refuses tasks once closed", async () => {
    const pool = workerPool<BodyTask, BodyResult>("lib/content/body-worker.ts", undefined, 1);
    await pool.close();
    await expect(pool.run({ html: "<p>x</p>", file: "t.md" })).rejects.toThrow("the pool was closed");
  });
});
