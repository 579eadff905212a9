import { z } from "astro/zod";
import { text } from "./common";

/** An issue of the journal: `content/issues/<volume>-<number>/issue.yaml`. */
export const issueSchema = z.strictObject({
  /** Volume number. */
  volume: z.int({ error: "expected the volume as a whole number" }).positive(),
  /** Number within the volume. */
  number: z.int({ error: "expected the issue number as a whole number" }).positive(),
  /** Season as printed (Spring, Fall, …), where printed. */
  season: text("the season").optional(),
  /** Year of publication. */
  year: z
    .int({ error: "expected the year as a whole number" })
    .min(1900, { error: "expected a year from 1900 on" })
    .max(2100, { error: "expected a year before 2100" }),
  /** Where these facts come from. */
  source: text("the source of the issue facts"),
});

export type Issue = z.infer<typeof issueSchema>;
