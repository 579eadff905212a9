import { defineCollection } from "astro:content";
import { z } from "astro/zod";
import { glob } from "astro/loaders";
import { journalSchema } from "./schemas/journal";
import { issueSchema } from "./schemas/issue";
import { authorSchema } from "./schemas/author";
import { articleSchema } from "./schemas/article";
import { summarySchema } from "./schemas/summary";
import { uiSchema } from "./schemas/ui";
import { figureSchema } from "./schemas/figure";
import { csvFiles } from "./lib/figures/csv-loader";
import { contentRoot } from "./lib/content-root";
import { textFiles } from "./lib/content/text-loader";

/** The folder name of an issue ("11-1") from `issues/11-1/issue.yaml`. */
const issueFolder = ({ entry }: { entry: string }) => entry.split("/")[0] ?? entry;

export const collections = {
  journal: defineCollection({
    loader: glob({ base: contentRoot, pattern: "journal.yaml" }),
    schema: journalSchema,
  }),
  issues: defineCollection({
    loader: glob({ base: `${contentRoot}/issues`, pattern: "*/issue.yaml", generateId: issueFolder }),
    schema: issueSchema,
  }),
  authors: defineCollection({
    loader: glob({ base: `${contentRoot}/authors`, pattern: "*.yaml" }),
    schema: authorSchema,
  }),
  articles: defineCollection({
    // MDX for texts that place figures or other components; plain Markdown for texts that do
    // not, rendered once and cached by content hash across builds. Bodies and rendered HTML stay
    // out of the content store, so that it stays small at any archive size (text-loader.ts).
    loader: textFiles({ base: contentRoot, pattern: ["issues/*/articles/*.{md,mdx}", "companions/*.{md,mdx}"] }),
    schema: articleSchema,
  }),
  figures: defineCollection({
    loader: glob({ base: `${contentRoot}/data`, pattern: "*.yaml" }),
    schema: figureSchema,
  }),
  figureRows: defineCollection({
    loader: csvFiles(`${contentRoot}/data`),
    schema: z.strictObject({ text: z.string() }),
  }),
  summaries: defineCollection({
    loader: glob({ base: `${contentRoot}/issues`, pattern: "*/summaries/*.yaml" }),
    schema: summarySchema,
  }),
  /** Interface strings, one file per language (content/ui/<lang>.yaml). */
  ui: defineCollection({
    loader: glob({ base: `${contentRoot}/ui`, pattern: "*.yaml" }),
    schema: uiSchema,
  }),
};
