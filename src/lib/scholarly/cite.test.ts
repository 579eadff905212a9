import { describe, expect, it } from "vitest";
import { Cite, plugins } from "@citation-js/core";
import { citableRecord } from "./record";
import { cslItem } from "./csl";
import { citationStyles, formatCitation, toBibtex, toCslJson, toRis } from "./cite";
import { readSite } from "../read-content";
import { citeView } from "./cite-view";
import { amagoh, article, companion, issue, journal, madumarov, url } from "./fixtures";

const long = "Regional Integration with Imperfect Commitment: The Case of the Eurasian Economic Union";
const items = [
  cslItem(
    citableRecord(
      article("madumarov-pech", [madumarov, amagoh], { title: long, abstract: "Why?" }),
      issue,
      journal,
      url,
    ),
  ),
  cslItem(
    citableRecord(
      companion("op-ed", [], { provenance: { statement: "s", source: "s", date: "2018-03-29" } }),
      undefined,
      journal,
      url,
    ),
  ),
];
/** Characters the HTML output escapes and the text output does not: the two must still agree. */
const escapes = cslItem(
  citableRecord(
    article("escapes", [madumarov], {
      title: `Profit & Loss <in> "Quotes" — 'Apostrophes' and a\u00a0no-break space`,
      abstract: "Why?",
    }),
    issue,
    journal,
    url,
  ),
);
const [item] = items;
if (!item) throw new Error("fixture");

/** Title and authors as a citation manager would read them back. */
const essentials = (data: { title?: unknown; author?: unknown }[]) =>
  data.map((d) => ({ title: d.title, author: d.author ?? [] }));

describe("cslItem", () => {
  it("holds the article's facts and nothing else", () => {
    expect(item).toEqual({
      id: "madumarov-pech",
      type: "article-journal",
      title: long,
      author: [{ family: "Madumarov", given: "Eldar" }, { family: "Amagoh" }],
      issued: { "date-parts": [[2020]] },
      "container-title": "Central Asia Business Journal",
      volume: "11",
      issue: "1",
      ISSN: "2073-5901, 1991-0002",
      publisher: "KIMEP University",
      "publisher-place": "Almaty, Kazakhstan",
      URL: "https://library.example.org/journals/cabj/issues/11-1/madumarov-pech/",
      language: "en",
      abstract: "Why?",
    });
  });
});

describe("formatCitation", () => {
  it.each([
    ["apa", "Madumarov, E., & Amagoh. (2020). Regional integration with imperfect commitment"],
    ["chicago", "Madumarov, Eldar, and Amagoh. 2020. “Regional Integration with Imperfect Commitment"],
    ["mla", "Madumarov, Eldar, and Amagoh. “Regional Integration with Imperfect Commitment"],
  ] as const)("%s", (style, start) => {
    const { text, html } = formatCitation(item, style);
    expect(text.toLowerCase().startsWith(start.toLowerCase())).toBe(true);
    expect(text).toContain("11");
    expect(text).toContain(item.URL);
    expect(html).toContain("<i>Central Asia Business Journal</i>");
  });
});

describe("formatCitation equals citation-js's own bibliography output", () => {
  const real = readSite();
  const records = real.texts.map((t) => cslItem(citableRecord(t, real.issueOf(t), real.journal, url)));
  it.each(citationStyles.map((s) => s.id))("%s, for every real text and the fixtures, after one another", (style) => {
    for (const one of [...records, ...items, escapes]) {
      const cite = new Cite([one]);
      const options = { template: style, lang: "en-US" };
      const html = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/
        .exec(cite.format("bibliography", { ...options, format: "html" }) as string)?.[1]
        ?.trim();
      const text = (cite.format("bibliography", { ...options, format: "text" }) as string).trim();
      expect(formatCitation(one, style), one.id).toEqual({ html, text });
    }
  });
});

describe("exports", () => {
  it("BibTeX parses back to the same titles and authors", () => {
    expect(essentials(new Cite(toBibtex(items)).data)).toEqual(essentials(items));
  });

  it("RIS has one TY…ER record per item, no line broken, and parses back to the same titles and authors", () => {
    const ris = toRis(items);
    expect(ris.match(/^TY {2}- /gm)).toHaveLength(2);
    expect(ris.match(/^ER {2}- /gm)).toHaveLength(2);
    for (const line of ris.split(/\r\n/).filter(Boolean)) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /);
    expect(essentials(new Cite(ris).data)).toEqual(essentials(items));
  });

  it("CSL-JSON is recognised by citation-js as a CSL list and reads back unchanged", () => {
    const json = JSON.parse(toCslJson(items));
    expect(plugins.input.type(json)).toBe("@csl/list+object");
    expect(essentials(new Cite(json).data)).toEqual(essentials(items));
  });
});

describe("citeView", () => {
  it("says which publication a companion text's citations name", async () => {
    const view = await citeView(
      citableRecord(companion("o", [], { provenance: { statement: "s", source: "s" } }), undefined, journal, url),
      "CABJ",
    );
    expect(view.heading).toBe("Cite this text");
    expect(view.note).toContain("not part of the CABJ");
    expect(view.citations.map((c) => c.label)).toEqual(["APA", "Chicago", "MLA"]);
  });

  it("formats on its thread exactly what formatCitation formats here", async () => {
    const record = citableRecord(article("madumarov-pech", [madumarov, amagoh], { title: long }), issue, journal, url);
    const view = await citeView(record, "CABJ");
    for (const c of view.citations) {
      const style = citationStyles.find((s) => s.label === c.label)!.id;
      expect({ html: c.html, text: c.text }, c.label).toEqual(formatCitation(cslItem(record), style));
    }
  });
});
