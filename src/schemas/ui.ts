import { fields, text } from "./common";

/** A string that must contain each of `slots` ("{volume}") so that the page can fill them in. */
const template = (what: string, slots: readonly string[]) =>
  text(what).refine((value) => slots.every((slot) => value.includes(`{${slot}}`)), {
    error: `expected ${what} to contain ${slots.map((s) => `{${s}}`).join(", ")}`,
  });

/**
 * The interface strings of one language: `content/ui/<lang>.yaml`. Every key is required in every
 * language, so that a page never falls back to another language's words.
 */
export const uiSchema = fields({
  /** Heading of the page that lists every summary in this language. */
  summariesTitle: text("the summaries page title"),
  /** The sentence under that heading. */
  summariesIntro: text("the summaries page introduction"),
  /** Label before an article's authors. */
  authors: text("the authors label"),
  /** An issue's name, from its volume, number and year. */
  issueLabel: template("the issue label", ["volume", "number", "year"]),
  /** Link from a summary to its article (the articles are in English). */
  readArticle: text("the read-the-article link"),
  /** Heading of the links to the same page in the other languages. */
  otherLanguages: text("the other-languages heading"),
  /** Heading of an article's summary on its page in this language. */
  summaryHeading: text("the summary heading"),
  /** Note on an article's page in this language: the full text is in English. */
  fullTextNote: text("the full-text note"),
  /** Shown when an issue has no summaries in this language. */
  noSummaries: text("the no-summaries note"),
});

export type UiStrings = ReturnType<typeof uiSchema.parse>;
