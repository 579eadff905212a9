import { z } from "astro/zod";
import { fields, text } from "./common";

/** A string that must contain each of `slots` ("{volume}") so that the page can fill them in. */
const template = (what: string, slots: readonly string[]) =>
  text(what).refine((value) => slots.every((slot) => value.includes(`{${slot}}`)), {
    error: `expected ${what} to contain ${slots.map((s) => `{${s}}`).join(", ")}`,
  });

/**
 * A count's words in each plural category of the language (`Intl.PluralRules`): `one`, `few`,
 * `many`, `other` for Russian; `one`, `other` for English and Kazakh. Each is a template with the
 * slot `{count}`. The build checks that every category the language uses is given (src/lib/ui.ts).
 */
const plural = (what: string) =>
  fields({
    zero: template(`${what} (zero)`, ["count"]).optional(),
    one: template(`${what} (one)`, ["count"]).optional(),
    two: template(`${what} (two)`, ["count"]).optional(),
    few: template(`${what} (few)`, ["count"]).optional(),
    many: template(`${what} (many)`, ["count"]).optional(),
    other: template(`${what} (other)`, ["count"]),
  });

/**
 * The interface strings of one language: `content/ui/<lang>.yaml`. Every key is required in every
 * language, so that a page never falls back to another language's words. In Russian and Kazakh,
 * quotation marks are «ёлочки» and a dash has a non-breaking space before it (checked at build).
 */
export const uiSchema = fields({
  /** Heading of the page that lists every summary in this language. */
  summariesTitle: text("the summaries page title"),
  /** The sentence under that heading. */
  summariesIntro: text("the summaries page introduction"),
  /** Label before an article's authors. */
  authors: text("the authors label"),
  /** An issue's name, from its volume, number and date; `{year}` receives the date ("Spring 2020", "Весна 2020"). */
  issueLabel: template("the issue label", ["volume", "number", "year"]),
  /** An issue's date: its season (translated by `seasons`) and year. */
  issueDate: template("the issue date", ["season", "year"]),
  /** The seasons as issue.yaml prints them (English) → in this language: `Spring: "Весна"`; a season not named here is shown as printed. */
  seasons: z.record(z.string(), text("a season's name"), { error: "expected the seasons, Spring: …" }),
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
  /** How many articles, by plural category: "3 статьи", "5 статей". */
  articleCount: plural("the article count"),
  /** The link that skips to the page's main content. */
  skipLink: text("the skip link"),
  /** Accessible name of the site's navigation. */
  siteNavigation: text("the site navigation's name"),
  /** Navigation: the archive of every issue. */
  navIssues: text("the issues link"),
  /** Navigation: the authors index. */
  navAuthors: text("the authors link"),
  /** Navigation: about the journal. */
  navAbout: text("the about link"),
  /** Navigation: the errata page. */
  navErrata: text("the errata link"),
  /** The search box's label. */
  searchLabel: text("the search label"),
  /** The search box's placeholder (an example of what to type). */
  searchPlaceholder: text("the search placeholder"),
  /** The search button. */
  searchButton: text("the search button"),
  /** Footer: the link to the search page. */
  footerSearch: text("the footer's search link"),
  /** Footer: the words before the links to the summaries in each language. */
  footerLanguages: text("the footer's languages label"),
  /** Footer: who publishes the journal; slots `{journal}` and `{publisher}`. */
  footerPublisher: template("the footer's publisher line", ["journal", "publisher"]),
  /** Footer: the link to the About page. */
  footerAbout: text("the footer's about link"),
  /** Name of the links from a text to its pages in the other languages. */
  languageSwitch: text("the language switch's name"),
  /** Link from a summary on the English article to its page in the summary's language. */
  summaryPage: text("the summary-page link"),
  /** Heading of a text's "Cite this" section, for an article. */
  citeArticle: text("the cite-this-article heading"),
  /** The copy button of a citation; slot `{style}` (APA, Chicago, MLA). */
  copyCitation: template("the copy button", ["style"]),
  /** Said when a citation is copied; slot `{style}`. */
  citationCopied: template("the copied message", ["style"]),
  /** Said when the clipboard refuses and the citation is selected instead; slot `{style}`. */
  citationSelected: template("the selected message", ["style"]),
  /** The label of the reference files (BibTeX, RIS, CSL-JSON). */
  referenceFiles: text("the reference files label"),
});

export type UiStrings = ReturnType<typeof uiSchema.parse>;
