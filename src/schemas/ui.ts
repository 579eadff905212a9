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

  // The search box and its messages (src/components/SearchBox.astro, src/scripts/search-ui.ts).
  /** Label of the search box. */
  searchLabel: text("the search box label"),
  /** Its submit button. */
  searchButton: text("the search button"),
  /** Told to screen readers: how the results appear and how to move into them. */
  searchHint: text("the search hint"),
  /** Results found, in each plural form of the language (Intl.PluralRules: one, few, many, other). */
  searchResultsOne: template("the one-result message", ["count", "query"]),
  searchResultsFew: template("the few-results message", ["count", "query"]),
  searchResultsMany: template("the many-results message", ["count", "query"]),
  searchResultsOther: template("the results message", ["count", "query"]),
  /** When there are more results than are listed. */
  searchFirstResults: template("the first-results message", ["count", "query"]),
  /** Nothing found. */
  searchNone: template("the no-results message", ["query"]),
  /** Nothing to search for: the query has no letters or digits. */
  searchNoLetters: template("the nothing-to-search message", ["query"]),
  /** The index could not be loaded. */
  searchUnavailable: template("the search-unavailable message", ["error"]),
  /** Link from the results under the box to the search page. */
  searchAllResults: text("the all-results link"),
  /** Before the languages of the summaries a query was found in. */
  searchFoundInSummary: text("the found-in-summaries label"),
  /** Heading of a hit in the part of a text before its first heading. */
  searchTextStart: text("the beginning-of-the-text label"),
  /** Button of the search page that lists more results. */
  searchMore: text("the more-results button"),
});

export type UiStrings = ReturnType<typeof uiSchema.parse>;
