import { execFileSync } from "node:child_process";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { citableRecord } from "../scholarly/record";
import { amagoh, article, issue, journal, madumarov, url } from "../scholarly/fixtures";
import { parseHtml } from "./html";
import { htmlToJats } from "./body";
import { jatsArticle, type JatsArticle } from "./article";
import { haveJatsDtd, jatsProblems } from "./validate";

/** Checked well-formed by xmllint, then read with every repeatable element as an array. */
function parse(xml: string) {
  execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "ignore", "pipe"] });
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (name) =>
      [
        "sec",
        "p",
        "fn",
        "ref",
        "trans-abstract",
        "kwd-group",
        "kwd",
        "contrib",
        "aff",
        "list-item",
        "tr",
        "app",
      ].includes(name),
  }).parse(xml);
}

const body = (html: string) => htmlToJats(parseHtml(html));
const wrap = (xml: string) =>
  `<article xmlns:mml="http://www.w3.org/1998/Math/MathML" xmlns:xlink="http://www.w3.org/1999/xlink">${xml}</article>`;

describe("htmlToJats", () => {
  it("nests sections by heading level and moves the printed number into <label>", () => {
    const { body: xml } = body(
      '<p>Before.</p><h2 id="1-introduction">1. Introduction</h2><p>One.</p><h3 id="11-detail">1.1 Detail</h3><p>Two.</p><h2 id="conclusion">Conclusion</h2><p>Three.</p>',
    );
    const doc = parse(wrap(`<body>${xml}</body>`)).article.body;
    expect(doc.p).toEqual(["Before."]);
    expect(doc.sec.map((s: Record<string, unknown>) => [s["@id"], s["label"], s["title"]])).toEqual([
      ["sec-1-introduction", "1.", "Introduction"],
      ["sec-conclusion", undefined, "Conclusion"],
    ]);
    expect(doc.sec[0].sec[0]).toMatchObject({ "@id": "sec-11-detail", label: "1.1", title: "Detail", p: ["Two."] });
  });

  it("turns footnote markers into xrefs and the notes into an fn-group without back-links", () => {
    const result = body(
      '<p>Text.<sup><a href="#user-content-fn-2" id="user-content-fnref-2" data-footnote-ref="true">2</a></sup></p>' +
        '<section data-footnotes="true" class="footnotes"><h2 id="footnote-label">Notes</h2><ol><li id="user-content-fn-2" value="2"><p>The note. <a href="#user-content-fnref-2" data-footnote-backref aria-label="Back">↩</a></p></li></ol></section>',
    );
    expect(result.body).toBe('<p>Text.<xref ref-type="fn" rid="fn-2">2</xref></p>');
    expect(result.footnotes).toBe(
      '<fn-group><title>Notes</title><fn id="fn-2"><label>2</label><p>The note.</p></fn></fn-group>',
    );
  });

  it("keeps formulas as MathML: inline-formula in text, disp-formula for a display", () => {
    const { body: xml } = body(
      '<p>If <math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi><mo>&lt;</mo><mn>1</mn></math>.</p>' +
        '<div class="math-display" tabindex="0"><span class="katex"><math xmlns="http://www.w3.org/1998/Math/MathML" display="block"><mi>y</mi></math></span></div>',
    );
    expect(xml).toBe(
      "<p>If <inline-formula><mml:math><mml:mi>x</mml:mi><mml:mo>&lt;</mml:mo><mml:mn>1</mml:mn></mml:math></inline-formula>.</p>\n" +
        '<disp-formula><mml:math display="block"><mml:mi>y</mml:mi></mml:math></disp-formula>',
    );
  });

  it("makes a numbered table a table-wrap with its label and caption", () => {
    const { body: xml } = body(
      '<div class="table-wrap" id="table-1"><table><caption><a href="#table-1">Table 1</a>: Rankings</caption><thead><tr><th>2015</th></tr></thead><tbody><tr><td align="right">51</td></tr></tbody></table></div>',
    );
    expect(xml).toBe(
      '<table-wrap id="table-1"><label>Table 1</label><caption><p>Rankings</p></caption><table><thead><tr><th>2015</th></tr></thead><tbody><tr><td align="right">51</td></tr></tbody></table></table-wrap>',
    );
  });

  it("writes a table's foot before its body, as JATS orders them", () => {
    const { body: xml } = body(
      '<div class="table-wrap"><table><thead><tr><th>A</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>Σ</td></tr></tfoot></table></div>',
    );
    expect(xml).toContain("<thead><tr><th>A</th></tr></thead><tfoot><tr><td>Σ</td></tr></tfoot><tbody>");
  });

  it("puts a key of abbreviations under a table inside a paragraph, as table-wrap-foot allows", () => {
    const { body: xml } = body(
      "<figure><figcaption>Table 2: Data</figcaption><table><tbody><tr><td>1</td></tr></tbody></table><dl><dt>n</dt><dd>count</dd></dl><p>Source: survey.</p></figure>",
    );
    expect(xml).toContain(
      "<table-wrap-foot><p><def-list><def-item><term>n</term><def><p>count</p></def></def-item></def-list></p><p>Source: survey.</p></table-wrap-foot>",
    );
  });

  it("groups extra arguments of a fixed-arity MathML element into one mrow", () => {
    // KaTeX writes e^{\min} as an msup of e, min and an invisible function application.
    const { body: xml } = body("<p><math><msup><mi>e</mi><mi>min</mi><mo>⁡</mo></msup></math></p>");
    expect(xml).toBe(
      "<p><inline-formula><mml:math><mml:msup><mml:mi>e</mml:mi><mml:mrow><mml:mi>min</mml:mi><mml:mo>⁡</mml:mo></mml:mrow></mml:msup></mml:math></inline-formula></p>",
    );
    expect(jatsProblems(`<article xmlns:mml="m">${xml}</article>`).filter((p) => p.startsWith("mml:"))).toEqual([]);
  });

  it("leaves out previews and controls, which repeat a note or only work on screen", () => {
    const { body: xml } = body(
      '<p>Text<sup><a href="#user-content-fn-1" data-footnote-ref="true">1</a><button type="button" popovertarget="p1">1</button></sup><span popover="auto" id="p1" role="note">The note.</span> on.</p>',
    );
    expect(xml).toBe('<p>Text<xref ref-type="fn" rid="fn-1">1</xref> on.</p>');
  });

  it("links out, lists, quotes, and puts an appendix in the back matter", () => {
    const result = body(
      '<h2 id="a">A</h2><ul><li>one <a href="https://example.org/x">site</a></li></ul><blockquote><p>Quoted.</p></blockquote><h2 id="appendix">Appendix</h2><ol><li>Q</li></ol>',
    );
    expect(result.body).toBe(
      '<sec id="sec-a"><title>A</title>\n<list list-type="bullet"><list-item><p>one <ext-link ext-link-type="uri" xlink:href="https://example.org/x">site</ext-link></p></list-item></list>\n<disp-quote><p>Quoted.</p></disp-quote></sec>',
    );
    expect(result.appendices).toBe(
      '<app-group><app id="app-appendix"><title>Appendix</title>\n<list list-type="order"><list-item><p>Q</p></list-item></list></app></app-group>',
    );
  });
});

describe("jatsArticle", () => {
  const references = [
    {
      text: "Knox, C.; and S. Janenova. 2019. The e-government paradox. International Journal of Public Sector Management.",
      authors: ["Knox, C.", "Janenova, S."],
      year: "2019",
      title: "The e-government paradox",
      container: "International Journal of Public Sector Management",
    },
    {
      text: "OECD. 2014. Anticorruption Reforms in Kazakhstan.",
      authors: ["OECD"],
      year: "2014",
      title: "Anticorruption Reforms in Kazakhstan",
    },
    { text: "A page. https://example.org/p", url: "https://example.org/p" },
  ];
  const text = article("madumarov-pech", [madumarov, amagoh], {
    title: "Regional Integration",
    subtitle: "The Case of the EAEU",
    abstract: "Why?",
    keywords: ["Customs Union", "Conditionality"],
    jel: ["C70", "D78"],
    references,
  });
  const input: JatsArticle = {
    record: {
      ...citableRecord(text, issue, journal, url),
      pdfUrl: url("issues/11-1/madumarov-pech/madumarov-pech.pdf"),
    },
    title: "Regional Integration",
    subtitle: "The Case of the EAEU",
    bios: ["Eldar Madumarov is a lecturer.", undefined],
    authorNote: "Corresponding author: Eldar Madumarov.",
    jel: ["C70", "D78"],
    season: "Spring",
    summaryHeading: "6. Summary",
    summaries: [
      { lang: "en", paragraphs: ["In English."] },
      { lang: "ru", paragraphs: ["По-русски.", "Второй абзац."] },
      { lang: "kk", paragraphs: ["Қазақша."] },
    ],
    body: body('<h2 id="1-introduction">1. Introduction</h2><p>Text.</p>'),
    articleType: "research-article",
  };
  const xml = jatsArticle(input);
  const doc = parse(xml).article;
  const meta = doc.front["article-meta"];

  it("is a JATS 1.3 Journal Publishing article with its DOCTYPE", () => {
    expect(xml).toContain("-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN");
    expect(doc["@dtd-version"]).toBe("1.3");
    expect(doc["@article-type"]).toBe("research-article");
    expect(Object.keys(doc).filter((k) => !k.startsWith("@"))).toEqual(["front", "body", "back"]);
  });

  it("names the journal with both ISSNs and its publisher", () => {
    const jm = doc.front["journal-meta"];
    expect(jm["journal-title-group"]["journal-title"]).toBe("Central Asia Business Journal");
    expect(jm.issn.map((i: Record<string, string>) => [i["@publication-format"], i["#text"]])).toEqual([
      ["print", "2073-5901"],
      ["electronic", "1991-0002"],
    ]);
    expect(jm.publisher["publisher-name"]).toBe("KIMEP University");
  });

  it("has the volume, issue, season and year, title and subtitle, and every author with affiliation", () => {
    expect([meta.volume, meta.issue, meta["pub-date"].season, meta["pub-date"].year]).toEqual([
      "11",
      "1",
      "Spring",
      "2020",
    ]);
    expect(meta["title-group"]).toEqual({ "article-title": "Regional Integration", subtitle: "The Case of the EAEU" });
    const contribs = meta["contrib-group"].contrib;
    expect(contribs.map((c: Record<string, Record<string, string>>) => c["name"])).toEqual([
      { "@name-style": "western", surname: "Madumarov", "given-names": "Eldar" },
      { "@name-style": "western", surname: "Amagoh" },
    ]);
    expect(contribs[0].xref["@rid"]).toBe("aff-1");
    expect(meta.aff).toEqual([{ "@id": "aff-1", "#text": "KIMEP University, Kazakhstan" }]);
    expect(contribs[0].bio.p).toEqual(["Eldar Madumarov is a lecturer."]);
  });

  it("has the abstract, one trans-abstract per summary in its language, keywords, and JEL codes", () => {
    expect(meta.abstract.p).toEqual(["Why?"]);
    expect(meta["trans-abstract"].map((t: Record<string, unknown>) => [t["@xml:lang"], t["p"]])).toEqual([
      ["en", ["In English."]],
      ["ru", ["По-русски.", "Второй абзац."]],
      ["kk", ["Қазақша."]],
    ]);
    const groups = Object.fromEntries(
      meta["kwd-group"].map((g: Record<string, unknown>) => [g["@kwd-group-type"], g["kwd"]]),
    );
    expect(groups).toEqual({ author: ["Customs Union", "Conditionality"], JEL: ["C70", "D78"] });
  });

  it("lists every printed reference as a ref with element-citation and the entry as printed", () => {
    const refs = doc.back["ref-list"].ref;
    expect(refs).toHaveLength(references.length);
    const first = refs[0]["citation-alternatives"];
    expect(first["element-citation"]).toMatchObject({
      "@publication-type": "journal",
      "person-group": { "string-name": ["Knox, C.", "Janenova, S."] },
      year: "2019",
      "article-title": "The e-government paradox",
      source: "International Journal of Public Sector Management",
    });
    expect(first["mixed-citation"]).toBe(references[0]?.text);
    expect(refs[2]["citation-alternatives"]["element-citation"]["@publication-type"]).toBe("webpage");
  });

  it.runIf(haveJatsDtd())("validates against the JATS Publishing 1.3 DTD", () => {
    const full = jatsArticle({
      ...input,
      body: body(
        '<h2 id="1-a">1. A</h2><p>x <math><msup><mi>e</mi><mi>min</mi><mo>⁡</mo></msup></math></p><figure><figcaption>Table 1: T</figcaption><table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody><tfoot><tr><td>2</td></tr></tfoot></table><dl><dt>a</dt><dd>b</dd></dl></figure>',
      ),
    });
    expect(jatsProblems(full)).toEqual([]);
    expect(jatsProblems(full.replace("<tfoot>", "<tfoot><tbody></tbody>"))).not.toEqual([]);
  });

  it("points to the page and the PDF, and has no ref-list when nothing is printed", () => {
    expect(meta["self-uri"].map((s: Record<string, string>) => s["@content-type"])).toEqual([
      "text/html",
      "application/pdf",
    ]);
    const bare = parse(jatsArticle({ ...input, record: { ...input.record, references: [] } })).article;
    expect(bare.back).toBeUndefined();
  });
});
