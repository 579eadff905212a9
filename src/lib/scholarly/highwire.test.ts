import { describe, expect, it } from "vitest";
import { citableRecord } from "./record";
import { highwireTags } from "./highwire";
import { amagoh, article, companion, issue, journal, madumarov, pech, url } from "./fixtures";

const contents = (tags: { name: string; content: string }[], name: string) =>
  tags.filter((t) => t.name === name).map((t) => t.content);

describe("highwireTags", () => {
  const text = article("madumarov-pech", [madumarov, pech, amagoh], {
    title: "Regional Integration",
    keywords: ["Customs Union", "Conditionality"],
    abstract: "Why?",
    references: [{ text: "Knox, C. 2019. A paper." }, { text: "OECD. 2014. A report." }],
  });
  const tags = highwireTags(citableRecord(text, issue, journal, url));

  it("gives one tag per author in printed order, each followed by the institution and e-mail printed", () => {
    const authorTags = tags.filter((t) => t.name.startsWith("citation_author"));
    expect(authorTags.map((t) => `${t.name}=${t.content}`)).toEqual([
      "citation_author=Eldar Madumarov",
      "citation_author_institution=KIMEP University, Kazakhstan",
      "citation_author_email=madumarov@kimep.kz",
      "citation_author=Gerald Pech",
      "citation_author_institution=KIMEP University, Kazakhstan",
      "citation_author_email=gp@geraldpech.net",
      "citation_author=Amagoh",
    ]);
  });

  it.each([
    ["citation_title", ["Regional Integration"]],
    ["citation_publication_date", ["2020"]],
    ["citation_journal_title", ["Central Asia Business Journal"]],
    ["citation_issn", ["2073-5901", "1991-0002"]],
    ["citation_volume", ["11"]],
    ["citation_issue", ["1"]],
    ["citation_language", ["en"]],
    ["citation_keywords", ["Customs Union; Conditionality"]],
    ["citation_abstract_html_url", ["https://library.example.org/journals/cabj/issues/11-1/madumarov-pech/"]],
    ["citation_fulltext_html_url", ["https://library.example.org/journals/cabj/issues/11-1/madumarov-pech/"]],
    ["citation_reference", ["Knox, C. 2019. A paper.", "OECD. 2014. A report."]],
  ])("%s", (name, expected) => expect(contents(tags, name)).toEqual(expected));

  it("never emits what no source gives", () => {
    const names = tags.map((t) => t.name);
    for (const absent of [
      "citation_doi",
      "citation_firstpage",
      "citation_lastpage",
      "citation_pdf_url",
      "citation_editor",
      "citation_date",
    ])
      expect(names).not.toContain(absent);
  });

  it("points to the PDF galley only when the record has one", () => {
    const record = citableRecord(text, issue, journal, url);
    const withPdf = {
      ...record,
      pdfUrl: "https://library.example.org/journals/cabj/issues/11-1/madumarov-pech/madumarov-pech.pdf",
    };
    expect(contents(highwireTags(withPdf), "citation_pdf_url")).toEqual([withPdf.pdfUrl]);
  });

  it("names a companion text's own venue, and for a text without author or serial says only what is known", () => {
    const elsewhere = highwireTags(
      citableRecord(
        companion("b", [], {
          provenance: {
            statement: "s",
            source: "s",
            venue: "IJCSRP",
            volume: "5",
            number: "2",
            year: "2020",
            issn: "2409-5532",
          },
        }),
        undefined,
        journal,
        url,
      ),
    );
    expect(contents(elsewhere, "citation_journal_title")).toEqual(["IJCSRP"]);
    expect(contents(elsewhere, "citation_issn")).toEqual(["2409-5532"]);
    const page = highwireTags(
      citableRecord(
        companion("o", [], { provenance: { statement: "s", source: "s", date: "2018-03-29" } }),
        undefined,
        journal,
        url,
      ),
    );
    expect(page.map((t) => t.name)).toEqual([
      "citation_title",
      "citation_publication_date",
      "citation_language",
      "citation_fulltext_html_url",
    ]);
    expect(contents(page, "citation_publication_date")).toEqual(["2018/03/29"]);
  });
});
