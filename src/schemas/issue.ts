import { z } from "astro/zod";
import { fields, text } from "./common";

/** An issue of the journal: `content/issues/<volume>-<number>/issue.yaml`. */
export const issueSchema = fields({
  /** Volume number. */
  volume: z
    .int({ error: "expected the volume as a whole number" })
    .positive({ error: "expected a volume number from 1" }),
  /** Number within the volume. */
  number: z
    .int({ error: "expected the issue number as a whole number" })
    .positive({ error: "expected an issue number from 1" }),
  /** Season as printed (Spring, Fall, …), where printed. */
  season: text("the season").optional(),
  /** Year of publication. */
  year: z
    .int({ error: "expected the year as a whole number" })
    .min(1900, { error: "expected a year from 1900 to 2100" })
    .max(2100, { error: "expected a year from 1900 to 2100" }),
  /** Where these facts come from. */
  source: text("the source of the issue facts"),
});

export type Issue = z.infer<typeof issueSchema>;
