import { z } from "astro/zod";
import { fields, text } from "./common";

/** An author: `content/authors/<id>.yaml`. Every field only as printed. */
export const authorSchema = fields({
  /** Name as printed; a surname alone when only that is printed. */
  name: text("the author's name"),
  /** Affiliation as printed. */
  affiliation: text("the affiliation").optional(),
  /** E-mail address as printed. */
  email: text("the e-mail address")
    .regex(/^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/, { error: "expected an e-mail address" })
    .optional(),
  /**
   * Family name, where the source gives the name in parts or family name first: the authors index
   * sorts by it and citations use it. Optional; the last word of `name` otherwise.
   */
  familyName: text("the family name").optional(),
  /** Given names, where the source gives the name in parts. */
  givenNames: text("the given names").optional(),
  /** ORCID iD (0000-0000-0000-0000), as the source gives it. */
  orcid: text("the ORCID iD")
    .regex(/^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$/, { error: "expected an ORCID iD such as 0000-0002-1825-0097" })
    .optional(),
  /** Biography as printed. */
  bio: text("the biography").optional(),
  /** True when the printed biography breaks off (the rest is not in the source). */
  bioIncomplete: z.boolean({ error: "expected true or false" }).optional(),
});

export type Author = z.infer<typeof authorSchema>;
