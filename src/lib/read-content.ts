/**
 * Reads content/ the way the build's loaders do (same files, same ids, same schemas), for the code
 * that runs outside Astro: unit tests on the real corpus and the benchmark.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parse } from "yaml";
import type { z } from "astro/zod";
import { articleSchema } from "../schemas/article";
import { authorSchema } from "../schemas/author";
import { issueSchema } from "../schemas/issue";
import { journalSchema } from "../schemas/journal";
import { summarySchema } from "../schemas/summary";
import { buildModel, type RawContent, type RawEntry, type SiteModel } from "./model";

const projectRoot = new URL("../../", import.meta.url).pathname;

/** Files below `dir` (relative to it) whose path matches `pattern`. */
function files(dir: string, pattern: RegExp): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((p) => p.split("\\").join("/"))
    .filter((p) => pattern.test(p))
    .sort();
}

function entry<T>(schema: z.ZodType<T>, file: string, id: string, raw: unknown, body?: string): RawEntry<T> {
  const result = schema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`);
    throw new Error(`${file}: ${problems.join("; ")}`);
  }
  return { id, filePath: file, data: result.data, body };
}

/** Reads and checks the content folder `root` (default: the project's content/). */
export function readContent(root = join(projectRoot, "content")): RawContent {
  const read = (p: string) => readFileSync(join(root, p), "utf8");
  const name = (p: string) => relative(projectRoot, join(root, p));
  const yamlEntry = <T>(schema: z.ZodType<T>, p: string, id: string) => entry(schema, name(p), id, parse(read(p)));
  const mdxEntry = (p: string) => {
    const text = read(p);
    const front = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
    if (!front) throw new Error(`${name(p)}: expected front matter between --- lines`);
    return entry(articleSchema, name(p), p.replace(/\.mdx?$/, ""), parse(front[1] ?? ""), text.slice(front[0].length));
  };
  return {
    journal: [yamlEntry(journalSchema, "journal.yaml", "journal")],
    issues: files(join(root, "issues"), /^[^/]+\/issue\.yaml$/).map((p) =>
      yamlEntry(issueSchema, `issues/${p}`, p.split("/")[0] ?? p),
    ),
    authors: files(join(root, "authors"), /^[^/]+\.yaml$/).map((p) =>
      yamlEntry(authorSchema, `authors/${p}`, p.replace(/\.yaml$/, "")),
    ),
    articles: [
      ...files(join(root, "issues"), /^[^/]+\/articles\/[^/]+\.mdx?$/).map((p) => mdxEntry(`issues/${p}`)),
      ...files(join(root, "companions"), /^[^/]+\.mdx?$/).map((p) => mdxEntry(`companions/${p}`)),
    ],
    summaries: files(join(root, "issues"), /^[^/]+\/summaries\/[^/]+\.yaml$/).map((p) =>
      yamlEntry(summarySchema, `issues/${p}`, p.replace(/\.yaml$/, "")),
    ),
  };
}

/** The site model of the content folder `root`, as the pages see it. */
export const readSite = (root?: string): SiteModel => buildModel(readContent(root));
