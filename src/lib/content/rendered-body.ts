/**
 * A text's body as its page renders it (the same components), and what the build derives from
 * it besides the page: its search sections and, for an article of an issue, its JATS body. Each
 * body is rendered and parsed once per build: the search index asks for every text it renders,
 * and the JATS body made then is kept for the article's JATS file and the OAI repository, which
 * come later. It is kept in a file of this build process, not in memory, where an archive's
 * bodies would not fit; the folder goes when the process ends. The dev server, which lives
 * through edits, keeps nothing.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createHash } from "node:crypto";
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import mdxRenderer from "@astrojs/mdx/server.js";
// Before body-components, as in ArticleView.astro: the shared chunk keeps its name.
import { renderText } from "./render-text";
import { bodyComponents } from "../../components/body-components";
import { parseHtml } from "../jats/html";
import { htmlToJats, type JatsBody } from "../jats/body";
import { workerPool, type Pool } from "../build/pool";
import { writeWhole, type BodyResult, type BodyTask } from "./body-worker";
import type { TextModel } from "../model";

let container: Promise<AstroContainer> | undefined;

/** The body's HTML, as the text's page renders it. */
async function bodyHtml(text: TextModel): Promise<string> {
  container ??= AstroContainer.create().then((c) => {
    c.addServerRenderer({ name: "astro:jsx", renderer: mdxRenderer });
    return c;
  });
  const { Content } = await renderText(text);
  return (await container).renderToString(Content, { props: { components: bodyComponents } });
}

let folder: string | undefined;

/** The file of this build that holds a text's JATS body. */
function jatsFile(text: TextModel): string {
  if (folder === undefined) {
    const made = mkdtempSync(join(tmpdir(), "cabj-jats-bodies-"));
    process.on("exit", () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  return join(folder, `${createHash("sha256").update(text.file).digest("hex").slice(0, 32)}.json`);
}

let threads: Pool<BodyTask, BodyResult> | undefined;

/**
 * A text's search sections and their words, folded for the index; for an article of an issue
 * (`jats`), its JATS body is made from the same parse and kept for jatsBody(). The body is
 * rendered here and parsed on a thread of its own (body-worker.ts).
 */
export async function searchBody(text: TextModel, jats: boolean): Promise<BodyResult> {
  const html = await bodyHtml(text);
  threads ??= workerPool<BodyTask, BodyResult>("lib/content/body-worker.ts");
  const jatsTarget = jats && !import.meta.env.DEV ? jatsFile(text) : undefined;
  return threads.run({ html, file: text.file, ...(jatsTarget !== undefined && { jatsFile: jatsTarget }) });
}

/** An article's JATS body: the one made with its search sections, or made now. */
export async function jatsBody(text: TextModel): Promise<JatsBody> {
  // The dev server lives through edits to the text: it makes the body anew on every request.
  if (import.meta.env.DEV) return htmlToJats(parseHtml(await bodyHtml(text)));
  const file = jatsFile(text);
  if (existsSync(file)) return JSON.parse(readFileSync(file, "utf8")) as JatsBody;
  const body = htmlToJats(parseHtml(await bodyHtml(text)));
  writeWhole(file, JSON.stringify(body));
  return body;
}
