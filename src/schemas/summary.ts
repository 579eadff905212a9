import { z } from "astro/zod";
import { fields, languageTag, text } from "./common";
import { isLanguage } from "../lib/languages";
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
  /** Language of the summary (BCP 47: en, ru, kk, pt, es, …); its name comes from the browser's Intl.DisplayNames. */
  lang: languageTag("the summary's language"),
  /** The summary as printed; paragraphs separated by blank lines. */
  text: text("the summary text"),
  /** Words whose reading is uncertain. */
  uncertain: z.array(uncertainWord).optional(),
}).superRefine((summary, ctx) => {
  // The script check knows the languages the site has interface strings for.
  const problem = isLanguage(summary.lang) ? scriptProblem(summary.text, summary.lang) : undefined;
  if (problem) ctx.addIssue({ code: "custom", path: ["text"], message: problem });
});

export type Summary = z.infer<typeof summarySchema>;
