import { z } from "astro/zod";
import { fields, issn, text } from "./common";

/** A fact shown on the About page, with where it comes from. */
const sourcedStatement = fields({
  /** The fact, in a sentence. */
  statement: text("a statement"),
  /** Where the fact comes from. */
  source: text("its source"),
});

/** One section of the journal (research papers, Perspectives, …). */
const section = fields({
  /** Identifier that articles use in their `section` field. */
  id: text("a section id").regex(/^[a-z][a-z0-9-]*$/, {
    error: "expected a section id of lower-case letters, digits and hyphens",
  }),
  /** Heading shown above the section's articles. */
  label: text("a section label"),
});

/** The journal itself: `content/journal.yaml`. */
export const journalSchema = fields({
  /** Full title, as printed. */
  title: text("the journal title"),
  /** Short form of the title, where one is given. */
  abbreviation: text("an abbreviation").optional(),
  /** Where the title comes from. */
  titleSource: text("the source of the title"),
  /** Who publishes the journal. */
  publisher: fields({
    /** Name of the publisher. */
    name: text("the publisher's name"),
    /** City and country. */
    place: text("the publisher's place").optional(),
    /** What the source says of the publisher's role. */
    statement: text("a statement").optional(),
    /** Where this is known from. */
    source: text("the source of the publisher"),
  }),
  /** The journal's ISSNs. */
  issn: fields({
    /** ISSN of the print version. */
    print: issn("the print ISSN").optional(),
    /** ISSN of the electronic version. */
    electronic: issn("the electronic ISSN").optional(),
    /** Where the ISSNs come from. */
    source: text("the source of the ISSNs"),
  }),
  /** Who may read the journal. */
  access: sourcedStatement.optional(),
  /** The journal's languages. */
  language: sourcedStatement.optional(),
  /** The journal's sections, in the order an issue prints them. */
  sections: z.array(section).min(1, { error: "expected at least one section" }),
  /** Where the sections come from. */
  sectionsSource: text("the source of the sections"),
  /**
   * The origin this site is served from ("https://library.example.edu"), for the absolute URLs of
   * canonical links, metadata, citations, feeds and JATS. The build variable CABJ_SITE overrides
   * it; with neither, the site names no host (see README, "Hosting under a sub-path").
   */
  site: text("the site's origin")
    .refine((value) => /^https?:\/\/[^/\s?#]+\/?$/i.test(value), {
      error: "expected the site's origin, an http or https URL without a path, such as https://library.example.edu",
    })
    .optional(),
});

export type Journal = z.infer<typeof journalSchema>;
