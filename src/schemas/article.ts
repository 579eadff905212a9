import { z } from "astro/zod";
import { fields, isoDate, issn, languageTag, partialDate, safeUrl, text } from "./common";

/** One entry of a printed reference list. */
export const referenceSchema = fields({
  /** The whole entry as printed. */
  text: text("the reference as printed"),
  /** Authors or editors, as printed. */
  authors: z.array(text("an author")).optional(),
  /** Year as printed (a string: "2017a" is a year too). */
  year: text("the year").optional(),
  /** Title of the work. */
  title: text("the title").optional(),
  /** Journal, book or site the work appeared in. */
  container: text("the container").optional(),
  /** Link printed with the entry. */
  url: safeUrl("the reference URL").optional(),
  /** Kind of work, as a CSL type (article-journal, book, chapter, thesis, webpage, …). */
  type: text("the CSL type").optional(),
  /** Editors, as printed. */
  editors: z.array(text("an editor")).optional(),
  /** Volume of the container. */
  volume: text("the volume").optional(),
  /** Issue of the container. */
  issue: text("the issue").optional(),
  /** Pages ("206-15") or e-location. */
  pages: text("the pages").optional(),
  /** Edition. */
  edition: text("the edition").optional(),
  /** Publisher. */
  publisher: text("the publisher").optional(),
  /** Place of publication. */
  place: text("the place of publication").optional(),
  /** DOI of the work, without "https://doi.org/". */
  doi: text("the DOI")
    .regex(/^10\.\S+\/\S+$/, { error: "expected a DOI such as 10.1590/S0034-8910" })
    .optional(),
  /** PubMed id. */
  pmid: text("the PubMed id").regex(/^\d+$/, { error: "expected a PubMed id (digits)" }).optional(),
  /** When an online work was consulted, as printed. */
  accessed: text("the date of access").optional(),
});

/** A title in another language than the text's. */
export const translatedTitleSchema = fields({
  /** Its language (BCP 47). */
  lang: languageTag("the language"),
  /** The title in that language. */
  title: text("the translated title"),
  /** The subtitle in that language. */
  subtitle: text("the translated subtitle").optional(),
});

/** A printed error found while restoring a text: the text keeps what was printed, the errata page lists it. */
export const printedErrorSchema = fields({
  /** Where it is: the section and paragraph, or the reference. */
  place: text("the place"),
  /** What the source prints. */
  printed: text("what is printed"),
  /** What it should read. */
  correct: text("the correction"),
  /** Why, with the evidence from the text itself. */
  why: text("the reason"),
});

/** Where a companion text appeared: it is not part of any issue. */
export const provenanceSchema = fields({
  /** What is known of where the text appeared, as the sources say it. */
  statement: text("the provenance statement"),
  /** Where that is known from. */
  source: text("the provenance source"),
  /** Name of the journal, blog or site, as printed. */
  venue: text("the venue").optional(),
  /**
   * What the venue is, when the source says: "blog" makes the text a blog post in its metadata
   * (Zotero, CSL, JSON-LD), named by `venue` and dated by `date`. A venue with a volume, a number
   * or an ISSN is a journal without it.
   */
  medium: z.enum(["blog"], { error: 'expected "blog"' }).optional(),
  /** Volume of the venue. */
  volume: text("the volume").optional(),
  /** Number of the venue's issue. */
  number: text("the number").optional(),
  /** Year of publication. */
  year: text("the year")
    .regex(/^\d{4}$/, { error: "expected a four-digit year" })
    .optional(),
  /** Date of publication. */
  date: isoDate("the date").optional(),
  /** Publisher of the venue. */
  publisher: text("the publisher").optional(),
  /** ISSN of the venue. */
  issn: issn("the venue's ISSN").optional(),
  /** Address of the text at the venue. */
  url: safeUrl("the provenance URL").optional(),
});

/**
 * An article (`content/issues/<issue>/articles/<slug>.mdx`) or a companion text
 * (`content/companions/<slug>.mdx`); the body is the full text. A text that places no component
 * may be plain Markdown (`.md`).
 */
export const articleSchema = fields({
  /** Title as printed. */
  title: text("the title"),
  /** Subtitle as printed. */
  subtitle: text("the subtitle").optional(),
  /** Folder name of the article's issue, e.g. "11-1"; absent for companion texts. */
  issue: text("the issue id").optional(),
  /** Section id from journal.yaml; required with `issue`. */
  section: text("a section id").optional(),
  /** Printed position in the issue, 1-based; required with `issue`. */
  order: z
    .int({ error: "expected the printed position as a whole number" })
    .positive({ error: "expected a printed position from 1" })
    .optional(),
  /** Author ids (files in content/authors/), in printed order; empty when none is printed. */
  authors: z.array(text("an author id"), { error: "expected a list of author ids" }),
  /** A note printed on the author line (acknowledgement, corresponding author). */
  authorNote: text("the author note").optional(),
  /** A piece of an author biography that the source prints without saying whose it is. */
  unattributedBio: text("the biography fragment").optional(),
  /** Abstract as printed. */
  abstract: text("the abstract").optional(),
  /** Keywords as printed. */
  keywords: z.array(text("a keyword")).optional(),
  /** JEL classification codes as printed. */
  jel: z.array(text("a JEL code").regex(/^[A-Z]\d{0,2}$/, { error: "expected a JEL code such as F15" })).optional(),
  /** Printed heading of the summaries section, e.g. "6. Summary". */
  summaryHeading: text("the summary heading").optional(),
  /** Printed errors found while restoring, other than those its data reveals (see content/data/). */
  printedErrors: z.array(printedErrorSchema).optional(),
  /** The printed reference list, in printed order. */
  references: z.array(referenceSchema).optional(),
  /** Where a companion text appeared; instead of `issue`. */
  provenance: provenanceSchema.optional(),
  /** Language of the text (BCP 47); English when absent. */
  lang: languageTag("the language of the text").optional(),
  /** The title in other languages, as the source gives it. */
  translatedTitles: z.array(translatedTitleSchema).optional(),
  /** Keywords in other languages than the text's. */
  translatedKeywords: z
    .array(
      fields({
        /** Their language (BCP 47). */
        lang: languageTag("the keywords' language"),
        /** The keywords as given. */
        keywords: z.array(text("a keyword")).min(1, { error: "expected at least one keyword" }),
      }),
    )
    .optional(),
  /** DOI of the article, without "https://doi.org/". */
  doi: text("the DOI")
    .regex(/^10\.\S+\/\S+$/, { error: "expected a DOI such as 10.1590/S0034-8910" })
    .optional(),
  /** Other identifiers of the article (publisher id, PMID, …), each with its type as the source names it. */
  articleIds: z
    .array(
      fields({
        /** What kind of identifier ("publisher-id", "pmid", "other"). */
        type: text("the identifier type"),
        /** The identifier. */
        value: text("the identifier"),
      }),
    )
    .optional(),
  /** First and last printed page. */
  pages: fields({
    /** First page. */
    first: text("the first page"),
    /** Last page. */
    last: text("the last page").optional(),
  }).optional(),
  /** Electronic location id, for articles without pages ("e20210153"). */
  elocation: text("the e-location id").optional(),
  /** Dates of the article's history, with only the precision the source gives. */
  dates: fields({
    /** Manuscript received. */
    received: partialDate("the date received").optional(),
    /** Accepted for publication. */
    accepted: partialDate("the date accepted").optional(),
    /** Published. */
    published: partialDate("the date published").optional(),
  }).optional(),
  /** The licence the article is published under. */
  license: fields({
    /** Address of the licence. */
    url: safeUrl("the licence URL").optional(),
    /** The licence statement as printed. */
    text: text("the licence statement").optional(),
  }).optional(),
  /** Copyright, as printed. */
  copyright: fields({
    /** The copyright statement. */
    statement: text("the copyright statement").optional(),
    /** Year of copyright. */
    year: text("the copyright year").optional(),
    /** Who holds it. */
    holder: text("the copyright holder").optional(),
  }).optional(),
  /** Funding, as the source states it. */
  funding: fields({
    /** The funding statement as printed. */
    statement: text("the funding statement").optional(),
    /** Each funder with the award numbers given. */
    awards: z
      .array(
        fields({
          /** The funder. */
          source: text("the funder"),
          /** Award or grant numbers. */
          ids: z.array(text("an award number")).optional(),
        }),
      )
      .optional(),
  }).optional(),
}).superRefine((article, ctx) => {
  if (article.issue === undefined && article.provenance === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["issue"],
      message: "expected either `issue` (an article of an issue) or `provenance` (a companion text)",
    });
  if (article.issue !== undefined && article.provenance !== undefined)
    ctx.addIssue({
      code: "custom",
      path: ["provenance"],
      message: "expected `provenance` only on companion texts, not on an article of an issue",
    });
  if (article.provenance?.medium !== undefined && article.provenance.venue === undefined)
    ctx.addIssue({
      code: "custom",
      path: ["provenance", "venue"],
      message: `expected the name of the ${article.provenance.medium} (\`venue\`) with \`medium\``,
    });
  if (article.issue !== undefined)
    for (const field of ["section", "order"] as const)
      if (article[field] === undefined)
        ctx.addIssue({
          code: "custom",
          path: [field],
          message: `expected \`${field}\` on an article of an issue`,
        });
});

export type Article = z.infer<typeof articleSchema>;
export type Reference = z.infer<typeof referenceSchema>;
export type PrintedError = z.infer<typeof printedErrorSchema>;
export type Provenance = z.infer<typeof provenanceSchema>;
