import { describe, expect, it } from "vitest";
import { citableRecord, issueVenue } from "./record";
import { issueHead, textHead } from "./head";
import { article, companion, issue, journal, madumarov, url } from "./fixtures";

const record = citableRecord(
  {
    ...article("madumarov", [madumarov], {
      abstract: "The abstract.",
      keywords: ["Customs Union"],
      references: [{ text: "Knox 2019." }],
    }),
    summaries: [
      { article: "madumarov", lang: "ru", text: "Резюме." },
      { article: "madumarov", lang: "kk", text: "Түйін." },
    ],
  },
  issue,
  journal,
  url,
);

describe("textHead", () => {
  const head = textHead(record, "Central Asia Business Journal");

  it("gives the abstract and each summary as a Dublin Core description in its language", () => {
    expect(head.tags.filter((t) => t.name === "DC.Description").map((t) => [t.lang, t.content])).toEqual([
      ["en", "The abstract."],
      ["ru", "Резюме."],
      ["kk", "Түйін."],
    ]);
  });

  it("gives Open Graph tags with the page's address", () => {
    expect(head.tags.find((t) => t.name === "og:url")?.content).toBe(record.url);
    expect(head.tags.find((t) => t.name === "og:type")?.content).toBe("article");
  });

  it("nests the article in PublicationIssue → PublicationVolume → Periodical with ISSNs and publisher", () => {
    expect(head.jsonLd).toMatchObject({
      "@type": "ScholarlyArticle",
      datePublished: "2020",
      author: [
        {
          "@type": "Person",
          name: "Eldar Madumarov",
          givenName: "Eldar",
          familyName: "Madumarov",
          email: "madumarov@kimep.kz",
        },
      ],
      description: [
        { "@value": "Резюме.", "@language": "ru" },
        { "@value": "Түйін.", "@language": "kk" },
      ],
      isPartOf: {
        "@type": "PublicationIssue",
        issueNumber: "1",
        isPartOf: {
          "@type": "PublicationVolume",
          volumeNumber: "11",
          isPartOf: {
            "@type": "Periodical",
            name: "Central Asia Business Journal",
            issn: ["2073-5901", "1991-0002"],
            publisher: { name: "KIMEP University" },
          },
        },
      },
      citation: [{ "@type": "CreativeWork", description: "Knox 2019." }],
    });
  });

  it("describes a companion text known only by a statement as an Article of no issue", () => {
    const op = textHead(
      citableRecord(
        companion("o", [], { provenance: { statement: "Dated March 29, 2018.", source: "s", date: "2018-03-29" } }),
        undefined,
        journal,
        url,
      ),
      "CABJ",
    );
    expect(op.jsonLd["@type"]).toBe("Article");
    expect(op.jsonLd).not.toHaveProperty("isPartOf");
    expect(op.jsonLd).not.toHaveProperty("author");
    expect(op.jsonLd["description"]).toEqual([{ "@value": "Dated March 29, 2018.", "@language": "en" }]);
  });
});

describe("issueHead", () => {
  it("is a PublicationIssue listing the issue's articles", () => {
    const head = issueHead([record], issueVenue(issue, journal, url), { year: 2020 }, "CABJ");
    expect(head.jsonLd).toMatchObject({
      "@type": "PublicationIssue",
      "@id": "https://library.example.org/journals/cabj/issues/11-1/",
      issueNumber: "1",
      datePublished: "2020",
      name: "Vol. 11 No. 1 (Spring 2020)",
      hasPart: [{ "@type": "ScholarlyArticle", "@id": record.url }],
    });
  });
});
