import { describe, expect, it } from "vitest";
import { citableRecord, issueVenue } from "./record";
import { issueHead, textHead } from "./head";
import { cslItem } from "./csl";
import { contextObject } from "./coins";
import { landingRecord } from "../language-pages";
import { article, companion, issue, journal, madumarov, pech, url } from "./fixtures";

const named = (tags: { name: string; content: string }[], name: string) =>
  tags.filter((t) => t.name === name).map((t) => t.content);
const noOrigin = () => undefined;

describe("a build without the site's origin", () => {
  const record = {
    ...citableRecord(article("bang", [madumarov], { abstract: "A." }), issue, journal, noOrigin),
    pdfPath: "issues/11-1/bang/bang.pdf",
  };
  const head = textHead(record, "CABJ");
  const graph = JSON.stringify(head.jsonLd);

  it.each([
    "og:url",
    "citation_abstract_html_url",
    "citation_fulltext_html_url",
    "citation_pdf_url",
    "DC.Identifier.URI",
  ])("writes no %s", (name) => expect(named(head.tags, name)).toEqual([]));

  it("names no address in JSON-LD, CSL, COinS or the issue's head", () => {
    expect(graph).not.toMatch(/https?:\/\/(?!schema\.org)/);
    expect(cslItem(record)).not.toHaveProperty("URL");
    expect(contextObject(record)).not.toContain("rft_id");
    const issueTags = issueHead([record], issueVenue(issue, journal, noOrigin), { year: 2020 }, "CABJ").tags;
    expect(named(issueTags, "og:url")).toEqual([]);
  });
});

describe("a summary's page in another language (landingRecord)", () => {
  const text = {
    ...article("bang", [madumarov, pech], { abstract: "The abstract." }),
    summaries: [{ article: "bang", lang: "ru" as const, text: "Резюме." }],
  };
  const base = { ...citableRecord(text, issue, journal, url), pdfUrl: url("issues/11-1/bang/bang.pdf") };
  const head = textHead(landingRecord(base, "ru", "Резюме.", url, "ru/bang/"), "CABJ");

  it("describes the English text: its title, authors, language, address and PDF", () => {
    expect(named(head.tags, "citation_title")).toEqual(["Title of bang"]);
    expect(named(head.tags, "citation_author")).toEqual(["Eldar Madumarov", "Gerald Pech"]);
    expect(named(head.tags, "citation_language")).toEqual(["en"]);
    expect(named(head.tags, "og:url")).toEqual([url("issues/11-1/bang/")]);
    expect(named(head.tags, "citation_fulltext_html_url")).toEqual([url("issues/11-1/bang/")]);
    expect(named(head.tags, "citation_pdf_url")).toEqual([url("issues/11-1/bang/bang.pdf")]);
  });

  it("gives its summary as the abstract, in its language, at this page's address", () => {
    expect(head.tags.filter((t) => t.name === "citation_abstract")).toEqual([
      { name: "citation_abstract", content: "Резюме.", lang: "ru" },
    ]);
    expect(named(head.tags, "citation_abstract_html_url")).toEqual([url("ru/bang/")]);
    expect(head.jsonLd).toMatchObject({ inLanguage: "en", abstract: { "@value": "Резюме.", "@language": "ru" } });
  });
});

describe("a post on a blog", () => {
  const text = companion("north-korea-deal", [], {
    provenance: {
      statement: "Dated March 29, 2018. First published on the author's blog.",
      source: "the editor's note",
      venue: "True Blue Will Never Stain",
      medium: "blog",
      date: "2018-03-29",
    },
  });
  const record = citableRecord(text, undefined, journal, url);
  const head = textHead(record, "Central Asia Business Journal");

  it("is a blog post in its blog, dated, in no journal", () => {
    expect(record.venue).toEqual({ kind: "blog", name: "True Blue Will Never Stain" });
    expect(named(head.tags, "citation_journal_title")).toEqual([]);
    expect(named(head.tags, "DC.Source")).toEqual(["True Blue Will Never Stain"]);
    expect(named(head.tags, "z.itemType")).toEqual(["blogPost"]);
    expect(named(head.tags, "citation_publication_date")).toEqual(["2018/03/29"]);
    expect(head.jsonLd).toMatchObject({
      "@type": "BlogPosting",
      isPartOf: { "@type": "Blog", name: "True Blue Will Never Stain" },
    });
    expect(cslItem(record)).toMatchObject({
      type: "post-weblog",
      "container-title": "True Blue Will Never Stain",
      issued: { "date-parts": [[2018, 3, 29]] },
    });
  });
});

describe("contextObject (COinS)", () => {
  const record = citableRecord(
    article("madumarov-pech", [madumarov, pech], { title: "A & B = C" }),
    issue,
    journal,
    url,
  );
  const pairs = contextObject(record)
    .split("&")
    .map((p) => p.split("=").map(decodeURIComponent));

  it("is an OpenURL 1.0 journal article with every author in order, both ISSNs and the page's address", () => {
    expect(pairs).toEqual([
      ["url_ver", "Z39.88-2004"],
      ["ctx_ver", "Z39.88-2004"],
      ["rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"],
      ["rft_id", url("issues/11-1/madumarov-pech/")],
      ["rft.genre", "article"],
      ["rft.atitle", "A & B = C"],
      ["rft.jtitle", "Central Asia Business Journal"],
      ["rft.stitle", "CABJ"],
      ["rft.volume", "11"],
      ["rft.issue", "1"],
      ["rft.date", "2020"],
      ["rft.issn", "2073-5901"],
      ["rft.eissn", "1991-0002"],
      ["rft.pub", "KIMEP University"],
      ["rft.place", "Almaty, Kazakhstan"],
      ["rft.au", "Eldar Madumarov"],
      ["rft.au", "Gerald Pech"],
      ["rft.language", "en"],
    ]);
  });
});
