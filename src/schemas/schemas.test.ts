import { describe, expect, it } from "vitest";
import type { z } from "astro/zod";
import { articleSchema } from "./article";
import { authorSchema } from "./author";
import { issueSchema } from "./issue";
import { journalSchema } from "./journal";
import { summarySchema } from "./summary";

/** What a schema says of raw input: accepted, or the first problem as "field: message". */
function verdict(schema: z.ZodType, raw: unknown): string {
  const result = schema.safeParse(raw);
  if (result.success) return "accepted";
  const issue = result.error.issues[0];
  return `${issue?.path.join(".") || "(root)"}: ${issue?.message}`;
}

const article = {
  title: "Regional Integration with Imperfect Commitment",
  issue: "11-1",
  section: "research",
  order: 1,
  authors: ["madumarov", "pech"],
};
const companion = {
  title: "Why North Korea Wants a Deal with the US",
  authors: [],
  provenance: { statement: "Dated March 29, 2018.", source: "the text itself", date: "2018-03-29" },
};

describe("article schema", () => {
  it.each<[string, unknown, string]>([
    ["an article of an issue", article, "accepted"],
    ["a companion text", companion, "accepted"],
    [
      "every optional field",
      {
        ...article,
        subtitle: "s",
        abstract: "a",
        keywords: ["k"],
        jel: ["F15", "O1"],
        summaryHeading: "6. Summary",
        authorNote: "n",
        references: [{ text: "Knox 2019", url: "https://doi.org/10.1108/x", year: "2019a" }],
      },
      "accepted",
    ],
    ["a missing title", { ...article, title: undefined }, "title: expected the title (a string)"],
    ["an empty title", { ...article, title: "  " }, "title: expected the title, got an empty string"],
    ["a title that is a number", { ...article, title: 7 }, "title: expected the title (a string)"],
    ["authors not a list", { ...article, authors: "madumarov" }, "authors: expected a list of author ids"],
    [
      "neither issue nor provenance",
      { title: "t", authors: [] },
      "issue: expected either `issue` (an article of an issue) or `provenance` (a companion text)",
    ],
    [
      "both issue and provenance",
      { ...article, provenance: companion.provenance },
      "provenance: expected `provenance` only on companion texts, not on an article of an issue",
    ],
    [
      "an issue article without section",
      { ...article, section: undefined },
      "section: expected `section` on an article of an issue",
    ],
    [
      "an issue article without order",
      { ...article, order: undefined },
      "order: expected `order` on an article of an issue",
    ],
    ["a fractional order", { ...article, order: 1.5 }, "order: expected the printed position as a whole number"],
    ["a bad JEL code", { ...article, jel: ["021"] }, "jel.0: expected a JEL code such as F15"],
    [
      "a javascript: URL in a reference",
      { ...article, references: [{ text: "x", url: "javascript:alert(1)" }] },
      "references.0.url: expected the reference URL to be an http, https or mailto URL",
    ],
    [
      "a reference without its printed text",
      { ...article, references: [{ title: "x" }] },
      "references.0.text: expected the reference as printed (a string)",
    ],
    [
      "an unknown field",
      { ...article, isbn: "978-3-16-148410-0" },
      'isbn: unknown field(s) "isbn": expected only the documented fields (see content/README.md)',
    ],
    ["a DOI", { ...article, doi: "10.1590/S0034-8910.2014048004911" }, "accepted"],
    [
      "a DOI that is a URL",
      { ...article, doi: "https://doi.org/10.1/x" },
      "doi: expected a DOI such as 10.1590/S0034-8910",
    ],
    [
      "pages, dates with the precision given, a licence",
      {
        ...article,
        pages: { first: "206", last: "215" },
        dates: { received: "2013-04-24", published: "2014-04" },
        license: { url: "https://creativecommons.org/licenses/by/4.0/" },
      },
      "accepted",
    ],
    [
      "a date that does not exist",
      { ...article, dates: { accepted: "2013-02-30" } },
      "dates.accepted: expected the date accepted as YYYY, YYYY-MM or YYYY-MM-DD",
    ],
    [
      "a language that is not a BCP 47 tag",
      { ...article, lang: "Portuguese" },
      "lang: expected the language of the text as a BCP 47 language tag such as en, pt or pt-BR",
    ],
    [
      "a provenance date that is not a date",
      { ...companion, provenance: { ...companion.provenance, date: "2018-02-30" } },
      "provenance.date: expected the date as a real date in the form YYYY-MM-DD",
    ],
    [
      "a provenance without its source",
      { ...companion, provenance: { statement: "s" } },
      "provenance.source: expected the provenance source (a string)",
    ],
  ])("%s", (_, raw, expected) => {
    expect(verdict(articleSchema, raw)).toBe(expected);
  });
});

describe("author schema", () => {
  it.each<[string, unknown, string]>([
    ["a surname alone", { name: "Baisakalova" }, "accepted"],
    [
      "every field",
      {
        name: "Eldar Madumarov",
        affiliation: "KIMEP University, Kazakhstan",
        email: "madumarov@kimep.kz",
        bio: "b",
        bioIncomplete: true,
      },
      "accepted",
    ],
    ["no name", { affiliation: "KIMEP" }, "name: expected the author's name (a string)"],
    ["a bad e-mail", { name: "X", email: "not-an-address" }, "email: expected an e-mail address"],
  ])("%s", (_, raw, expected) => {
    expect(verdict(authorSchema, raw)).toBe(expected);
  });
});

describe("issue schema", () => {
  const issue = { volume: 11, number: 1, season: "Spring", year: 2020, source: "running head" };
  it.each<[string, unknown, string]>([
    ["Vol. 11 No. 1", issue, "accepted"],
    ["no season", { ...issue, season: undefined }, "accepted"],
    ["a year as text", { ...issue, year: "Spring 2020" }, "year: expected the year as a whole number"],
    ["a year out of range", { ...issue, year: 20200 }, "year: expected a year from 1900 to 2100"],
    ["the last year in range", { ...issue, year: 2100 }, "accepted"],
    ["a year just past the range", { ...issue, year: 2101 }, "year: expected a year from 1900 to 2100"],
    ["a year just before the range", { ...issue, year: 1899 }, "year: expected a year from 1900 to 2100"],
    ["a volume of zero", { ...issue, volume: 0 }, "volume: expected a volume number from 1"],
  ])("%s", (_, raw, expected) => {
    expect(verdict(issueSchema, raw)).toBe(expected);
  });
});

describe("journal schema", () => {
  const journal = {
    title: "Central Asia Business Journal",
    titleSource: "running head",
    publisher: { name: "KIMEP University", source: "kimep.kz" },
    issn: { print: "2073-5901", electronic: "1991-0002", source: "kimep.kz" },
    sections: [{ id: "research", label: "Research papers" }],
    sectionsSource: "cabj.kz",
  };
  it.each<[string, unknown, string]>([
    ["the journal", journal, "accepted"],
    [
      "a bad ISSN check digit",
      { ...journal, issn: { ...journal.issn, print: "2073-5902" } },
      "issn.print: expected the print ISSN as an ISSN NNNN-NNNC with a valid check digit",
    ],
    ["no sections", { ...journal, sections: [] }, "sections: expected at least one section"],
    [
      "a section id with spaces",
      { ...journal, sections: [{ id: "research papers", label: "R" }] },
      "sections.0.id: expected a section id of lower-case letters, digits and hyphens",
    ],
  ])("%s", (_, raw, expected) => {
    expect(verdict(journalSchema, raw)).toBe(expected);
  });
});

describe("summary schema", () => {
  it.each<[string, unknown, string]>([
    ["English", { article: "bang", lang: "en", text: "By reviewing the experience of Kazakhstan" }, "accepted"],
    ["Russian", { article: "bang", lang: "ru", text: "Рассматривая опыт Казахстана" }, "accepted"],
    [
      "Kazakh with uncertain words",
      { article: "bang", lang: "kk", text: "Қазақстанның өткен", uncertain: [{ word: "өткен", ocr: "oemxen" }] },
      "accepted",
    ],
    [
      "a language with no interface strings (any BCP 47 tag)",
      { article: "bang", lang: "pt-BR", text: "Resumo" },
      "accepted",
    ],
    [
      "a language that is not a BCP 47 tag",
      { article: "bang", lang: "German", text: "Zusammenfassung" },
      "lang: expected the summary's language as a BCP 47 language tag such as en, pt or pt-BR",
    ],
    [
      "an empty summary",
      { article: "bang", lang: "ru", text: "" },
      "text: expected the summary text, got an empty string",
    ],
    [
      "unrestored OCR in a Russian summary",
      { article: "bang", lang: "ru", text: "Paccmampusas onvim Казахстана" },
      'text: expected text in Cyrillic script for language "ru", found 17 other letter(s): P a c m p',
    ],
    [
      "Cyrillic in an English summary",
      { article: "bang", lang: "en", text: "Kazakhstan Қазақстан" },
      'text: expected text in Latin script for language "en", found 9 other letter(s): Қ а з қ с',
    ],
  ])("%s", (_, raw, expected) => {
    expect(verdict(summarySchema, raw)).toBe(expected);
  });
});
