import { z } from "astro/zod";
import { fields, text } from "./common";
import { languages, type Language } from "../lib/languages";
import { scriptProblem } from "../lib/script";

/** A word whose restored reading is not certain. */
const uncertainWord = fields({
  /** The reading given in the summary text. */
  word: text("the word as read"),
  /** What the OCR printed. */
  ocr: text("the OCR form"),
  /** Why this reading was chosen. */
  note: text("a note").optional(),
});

/** One language's summary of one article: `content/issues/<issue>/summaries/<slug>.<lang>.yaml`. */
export const summarySchema = fields({
  /** Slug of the article this summarises. */
  article: text("the article's slug"),
  /** Language of the summary. */
  lang: z.enum(Object.keys(languages) as [Language, ...Language[]], {
    error: `expected a language the site knows: ${Object.keys(languages).join(", ")}`,
  }),
  /** The summary as printed; paragraphs separated by blank lines. */
  text: text("the summary text"),
  /** Words whose reading is uncertain. */
  uncertain: z.array(uncertainWord).optional(),
}).superRefine((summary, ctx) => {
  const problem = scriptProblem(summary.text, summary.lang);
  if (problem) ctx.addIssue({ code: "custom", path: ["text"], message: problem });
});

export type Summary = z.infer<typeof summarySchema>;
