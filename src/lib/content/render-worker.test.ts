import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { workerPool } from "../build/pool";
import { markdownProcessor } from "../../markdown/processor";
import { withoutFigures } from "../../tools/synthetic";
import { renderedFile } from "./cache";
import type { RenderSettings, RenderTask } from "./render-worker";
import { renderSettings } from "./text-loader";

const root = new URL("../../../", import.meta.url);
const articles = new URL("content/issues/11-1/articles/", root);
/** Astro's own rendering of a Markdown text, as glob() would have stored it. */
const { markdownContentEntryType } = (await import(
  new URL("node_modules/astro/dist/vite-plugin-markdown/content-entry-type.js", root).href
)) as {
  markdownContentEntryType: {
    getRenderFunction(config: unknown): Promise<(entry: object) => Promise<unknown>>;
  };
};

const settings: RenderSettings = { image: { domains: [], remotePatterns: [] }, gfm: true, smartypants: true };
const dir = mkdtempSync(join(tmpdir(), "cabj-render-"));
const pool = workerPool<RenderTask, void>("lib/content/render-worker.ts", settings, 2);
afterAll(async () => {
  await pool.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The journal's texts, as plain Markdown (their figures left out, as an archive's plain texts have none). */
const texts = readdirSync(articles)
  .filter((f) => f.endsWith(".mdx"))
  .sort()
  .map((file) => {
    const source = withoutFigures(readFileSync(new URL(file, articles), "utf8"));
    const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
    return { file, data: parse(front) as Record<string, unknown>, body: body.trim() };
  });

describe("the text loader's render threads", () => {
  it("have the journal's texts to render", () => expect(texts.length).toBeGreaterThanOrEqual(3));

  it.each(texts)("write $file as Astro's Markdown entry type renders it", async ({ file, data, body }) => {
    const filePath = join(articles.pathname, file.replace(/\.mdx$/, ".md"));
    const digest = `test-${file}`;
    await pool.run({ body, data, filePath, digest, dir });
    const astro = await markdownContentEntryType.getRenderFunction({
      markdown: { processor: markdownProcessor(), syntaxHighlight: false, shikiConfig: {}, ...settings },
      image: settings.image,
    });
    const expected = JSON.stringify(await astro({ body, data, filePath }));
    expect(readFileSync(renderedFile(digest, dir), "utf8")).toBe(expected);
    expect((JSON.parse(expected) as { html: string }).html).toMatch(/<h2 id="[^"]+"><a class="self-link"/);
  });

  it("refuse a link that is not http, https or mailto, naming the file", async () => {
    const filePath = join(dir, "bad.md");
    const task = { body: "[click](javascript:alert(1))", data: {}, filePath, digest: "bad", dir };
    await expect(pool.run(task)).rejects.toThrow(
      `${pathToFileURL(filePath).pathname}: a link to "javascript:alert(1)"`,
    );
  });
});

describe("the text loader's check of Astro's Markdown settings", () => {
  const config = (processor: unknown, syntaxHighlight: unknown = false) =>
    ({
      markdown: { processor, syntaxHighlight, gfm: true, smartypants: true },
      image: { domains: [], remotePatterns: [] },
    }) as unknown as Parameters<typeof renderSettings>[0];
  const without = markdownProcessor();
  without.options.hastPlugins.pop();

  it.each([
    { name: "the site's processor", processor: markdownProcessor(), error: undefined },
    { name: "a processor with a plugin fewer", processor: without, error: "is not src/markdown/processor.ts" },
    {
      name: "code highlighting on",
      processor: markdownProcessor(),
      highlight: "shiki",
      error: "syntaxHighlight: false",
    },
  ])("$name", ({ processor, highlight, error }) => {
    const check = () => renderSettings(config(processor, highlight ?? false));
    if (error === undefined) expect(check()).toEqual(settings);
    else expect(check).toThrow(error);
  });
});
