import { z } from "astro/zod";
import { fields, text } from "./common";

/** An author: `content/authors/<id>.yaml`. Every field only as printed. */
export const authorSchema = fields({
  /** Name as printed; a surname alone when only that is printed. */
  name: text("the author's name"),
  /**
   * The family name the authors index sorts by, when it is not the last word of `name` (as in a
   * name printed family name first). Optional; the last word of `name` otherwise.
   */
  familyName: text("the family name").optional(),
  /** Affiliation as printed. */
  affiliation: text("the affiliation").optional(),
  /** E-mail address as printed. */
  email: text("the e-mail address")
    .regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, { error: "expected an e-mail address" })
    .optional(),
  /** Biography as printed. */
  bio: text("the biography").optional(),
  /** True when the printed biography breaks off (the rest is not in the source). */
  bioIncomplete: z.boolean({ error: "expected true or false" }).optional(),
});

export type Author = z.infer<typeof authorSchema>;
