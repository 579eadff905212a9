import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it, onTestFinished } from "vitest";
import { readJatsArticle } from "./article";
import { ImportError } from "./tree";
import { importJats } from "./write";

/** The team's real JATS articles (see their SOURCES.md: each keeps its own licence). */
const samples = new URL("../../../../../shared/jats-samples/", import.meta.url).pathname;
const haveSamples = existsSync(samples);
const sampleFiles = haveSamples ? readdirSync(samples).filter((f) => f.endsWith(".xml")) : [];
const project = new URL("../../../../", import.meta.url).pathname;
const fixtureJournal = join(project, "e2e/fixtures/imported/journal.yaml");

/** An independent reading of a JATS file: every element as arrays, text kept. */
const independent = (xml: string) =>
  new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    parseTagValue: false,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
  }).parse(xml);
const count = (xml: string, tag: string) => (xml.match(new RegExp(`<${tag}[\\s>]`, "g")) ?? []).length;
const flat = (s: string) => s.replace(/\s+/g, " ").trim();
/** Markdown and HTML reduced to their text without white space, to look for a paragraph's words. */
const plain = (md: string) =>
  md
    .replace(/\]\(<[^>]*>\)/g, "]")
    .replace(/<[^>]+>/g, "")
    .replace(/\[\^[^\]]+\]/g, "")
    .replace(/\\([\\`*_[\]#~|$!<>"'.-])/g, "$1")
    .replace(/[*[\]]/g, "")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, "");

describe.runIf(haveSamples)("readJatsArticle on the real samples", () => {
  it.each(sampleFiles)(
    "%s: every title, reference, paragraph and summary is kept, or the file fails saying why",
    (name) => {
      const file = join(samples, name);
      const xml = readFileSync(file, "utf8");
      let a;
      try {
        a = readJatsArticle(xml, file);
      } catch (error) {
        // Two samples (continuous publication) have no issue number, which an issue folder needs.
        expect(error).toBeInstanceOf(ImportError);
        expect((error as ImportError).message).toMatch(new RegExp(`^${file}:\\d+: expected the issue number`));
        expect(xml).not.toMatch(/<article-meta>[\s\S]*<issue>\d+<\/issue>[\s\S]*<\/article-meta>/);
        return;
      }
      const meta = xml.slice(xml.indexOf("<article-meta"), xml.indexOf("</article-meta>"));
      const title = flat(
        /<article-title[^>]*>([\s\S]*?)<\/article-title>/.exec(meta)?.[1]?.replace(/<[^>]+>/g, "") ?? "",
      );
      expect(a.front["title"]).toBe(title);
      expect(a.front["doi"]).toBe(/<article-id pub-id-type="doi">([^<]+)</.exec(meta)?.[1]);
      expect(a.issue.volume).toBe(Number(/<volume>(\d+)</.exec(meta)?.[1]));
      expect(a.issue.number).toBe(Number(/<issue>(\d+)</.exec(meta)?.[1]));
      // Every reference, none invented.
      const back = xml.slice(xml.indexOf("<back"), xml.indexOf("</back>"));
      expect((a.front["references"] as unknown[] | undefined)?.length ?? 0).toBe(
        count(back.split("<sub-article")[0] ?? "", "ref"),
      );
      // Every author, in order.
      const contribs = meta
        .split("<contrib ")
        .slice(1)
        .filter((c) => /contrib-type="author"/.test(c));
      expect(a.authors).toHaveLength(contribs.length);
      // A summary per language of every trans-abstract and translation, besides the abstract's.
      const doc = independent(xml);
      const langs = new Set<string>();
      const main = doc.article[0];
      const articleLang = main["@xml:lang"] ?? "en";
      for (const t of main.front[0]["article-meta"][0]["trans-abstract"] ?? []) langs.add(t["@xml:lang"]);
      for (const s of main["sub-article"] ?? [])
        if (s["@article-type"] === "translation" && (s["front-stub"]?.[0]?.abstract ?? []).length > 0)
          langs.add(s["@xml:lang"]);
      langs.delete(articleLang);
      expect(a.summaries.map((s) => s.lang).sort()).toEqual([...langs].sort());
      // Every body paragraph's words (those without formulas) are in the Markdown.
      const body = plain(a.body);
      const bodyXml = xml.slice(xml.indexOf("<body"), xml.indexOf("</body>"));
      const paragraphs = [...bodyXml.matchAll(/<p>([\s\S]*?)<\/p>/g)]
        .map((m) => m[1] ?? "")
        .filter((p) => !/<(inline-formula|mml:|tex-math|table|list|fig|disp|fn)\b/.test(p))
        .map((p) => p.replace(/<xref ref-type="fn"[^>]*>[\s\S]*?<\/xref>/g, "").replace(/<[^>]+>/g, ""))
        .map((p) =>
          p
            .replace(/&lt;/g, "<")
            .replace(/&gt;/g, ">")
            .replace(/&amp;/g, "&")
            .replace(/[\s*[\]]+/g, ""),
        )
        .filter((p) => p.length > 0);
      const missing = paragraphs.filter((p) => !body.includes(p));
      expect(missing).toEqual([]);
    },
  );

  it("keeps MathML as MathML and typesets LaTeX with KaTeX", () => {
    const withTex = sampleFiles.find((f) => readFileSync(join(samples, f), "utf8").includes("<tex-math"));
    const withMml = sampleFiles.find((f) => /<mml:math/.test(readFileSync(join(samples, f), "utf8")));
    expect(withTex && withMml).toBeTruthy();
    const tex = readJatsArticle(readFileSync(join(samples, withTex ?? ""), "utf8"), withTex ?? "");
    expect(tex.body).toContain('<math xmlns="http://www.w3.org/1998/Math/MathML"');
    const mml = readJatsArticle(readFileSync(join(samples, withMml ?? ""), "utf8"), withMml ?? "");
    expect(mml.body).toMatch(/<math xmlns="http:\/\/www.w3.org\/1998\/Math\/MathML"[^>]*>/);
  });

  it("makes tables real HTML tables with caption, header scope and footnotes", () => {
    const a = readJatsArticle(readFileSync(join(samples, "0034-8910-rsp-48-2-0206.xml"), "utf8"), "x.xml");
    const table = /<figure class="table-figure" id="t01">.*?<\/figure>/.exec(a.body)?.[0] ?? "";
    // The label as printed ("Table."), then the caption.
    expect(table).toMatch(
      /^<figure class="table-figure" id="t01"><figcaption><strong>Table\.<\/strong> Proportion of correct/,
    );
    expect(table).toContain('<th scope="col">% Correct response</th>');
    expect(table).toContain('<td class="align-center">14.45</td>');
    expect(table).toContain('<div class="table-notes"><p><em>b</em>');
    expect(table).toContain("<tbody>");
  });

  it("reads structured references: element-citation to CSL fields, mixed-citation as printed", () => {
    const a = readJatsArticle(readFileSync(join(samples, "0034-8910-rsp-48-2-0206.xml"), "utf8"), "x.xml");
    const first = (a.front["references"] as Record<string, unknown>[])[0];
    expect(first).toMatchObject({
      type: "article-journal",
      year: "2011",
      volume: "26",
      issue: "2",
      pages: "212-224",
      doi: "10.1093/her/cyq086",
      container: "Health Educ Res",
    });
    expect(first?.["text"]).toContain("An HIV/AIDS knowledge scale for adolescents");
    expect(a.body).toContain("](<#ref-2>)");
  });
});

const minimal = (parts: { title?: string; doi?: string; body?: string; extra?: string } = {}) =>
  `<?xml version="1.0"?><article xmlns:xlink="http://www.w3.org/1999/xlink" xml:lang="en"><front><journal-meta><journal-title-group><journal-title>Revista de Saúde Pública</journal-title-group></journal-title-group><issn pub-type="ppub">0034-8910</issn></journal-meta><article-meta><article-id pub-id-type="doi">${parts.doi ?? "10.1590/test.1"}</article-id><article-categories><subj-group><subject>Artigos Originais</subject></subj-group></article-categories><title-group>${parts.title === undefined ? "<article-title>A test article</article-title>" : parts.title}</title-group><contrib-group><contrib contrib-type="author"><contrib-id contrib-id-type="orcid">https://orcid.org/0000-0002-1825-0097</contrib-id><name><surname>Carberry</surname><given-names>Josiah</given-names></name></contrib></contrib-group><pub-date pub-type="ppub"><year>2014</year></pub-date><volume>48</volume><issue>2</issue><fpage>1</fpage><lpage>9</lpage>${parts.extra ?? ""}</article-meta></front><body>${parts.body ?? "<sec><title>Intro</title><p>Text.</p></sec>"}</body></article>`.replace(
    "<journal-title-group><journal-title>Revista de Saúde Pública</journal-title-group></journal-title-group>",
    "<journal-title-group><journal-title>Revista de Saúde Pública</journal-title></journal-title-group>",
  );

function archive() {
  const root = mkdtempSync(join(tmpdir(), "cabj-import-"));
  copyFileSync(fixtureJournal, join(root, "journal.yaml"));
  cpSync(join(project, "content/ui"), join(root, "ui"), { recursive: true });
  const inbox = mkdtempSync(join(tmpdir(), "cabj-inbox-"));
  onTestFinished(() => [root, inbox].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
  const put = (name: string, xml: string) => {
    writeFileSync(join(inbox, name), xml);
    return join(inbox, name);
  };
  const files = () =>
    (readdirSync(root, { recursive: true }) as string[])
      .filter((p) => !p.startsWith("ui") && p !== "journal.yaml")
      .sort();
  return { root, inbox, put, files };
}

describe("importJats", () => {
  it("writes the issue, article, author; a second run changes nothing", () => {
    const a = archive();
    const file = a.put("a.xml", minimal());
    const first = importJats([file], a.root);
    expect(first).toMatchObject({ created: 1, failed: 0 });
    expect(first.lines[0]).toMatch(/^new +48-2\/carberry-test-article +doi 10\.1590\/test\.1/);
    expect(first.lines.at(-1)).toBe(
      "1 article(s) imported: 1 new, 0 updated, 0 unchanged; 0 file(s) failed; 0 warning(s)",
    );
    const written = a.files();
    expect(written).toEqual([
      "authors",
      "authors/josiah-carberry.yaml",
      "issues",
      "issues/48-2",
      "issues/48-2/articles",
      "issues/48-2/articles/carberry-test-article.md",
      "issues/48-2/issue.yaml",
    ]);
    expect(readFileSync(join(a.root, "authors/josiah-carberry.yaml"), "utf8")).toContain(
      'orcid: "0000-0002-1825-0097"',
    );
    const before = written.map((p) => (p.includes(".") ? readFileSync(join(a.root, p), "utf8") : ""));
    expect(importJats([file], a.root)).toMatchObject({ created: 0, unchanged: 1 });
    expect(a.files().map((p) => (p.includes(".") ? readFileSync(join(a.root, p), "utf8") : ""))).toEqual(before);
  });

  it("matches an author by ORCID before name", () => {
    const a = archive();
    importJats([a.put("a.xml", minimal())], a.root);
    const other = minimal({
      doi: "10.1590/test.2",
      title: "<article-title>Another paper entirely</article-title>",
    }).replace("<given-names>Josiah</given-names>", "<given-names>J.</given-names>");
    importJats([a.put("b.xml", other)], a.root);
    expect(readFileSync(join(a.root, "issues/48-2/articles/carberry-another-paper-entirely.md"), "utf8")).toContain(
      'authors:\n  - "josiah-carberry"',
    );
  });

  it.each([
    ["malformed XML", "<article><front>", /^.*bad\.xml:1: expected well-formed XML/],
    [
      "a file that is not JATS",
      '<?xml version="1.0"?>\n<html><body/></html>',
      /bad\.xml:2: expected a JATS <article> as the root element, got <html>/,
    ],
    [
      "an article without a title",
      minimal({ title: "" }),
      /bad\.xml:1: expected the article's title \(<title-group><article-title>\), got none/,
    ],
  ])("%s fails naming the file, the line and what was expected, and writes nothing", (_, xml, message) => {
    const a = archive();
    const report = importJats([a.put("bad.xml", xml)], a.root);
    expect(report.failed).toBe(1);
    expect(report.lines[0]).toMatch(message);
    expect(a.files()).toEqual([]);
  });

  it("refuses a different article with the same slug, writing nothing for it", () => {
    const a = archive();
    importJats([a.put("a.xml", minimal())], a.root);
    const before = a.files();
    const report = importJats([a.put("b.xml", minimal({ doi: "10.1590/test.99" }))], a.root);
    expect(report.lines[0]).toMatch(
      /b\.xml: expected a slug no other article has, but "carberry-test-article" is already issues\/48-2\/articles\/carberry-test-article\.md, a different article/,
    );
    expect(a.files()).toEqual(before);
  });

  it("refuses an article of another journal", () => {
    const a = archive();
    const report = importJats([a.put("a.xml", minimal().replace("0034-8910", "0103-6351"))], a.root);
    expect(report.lines[0]).toMatch(/expected an article of Revista de Saúde Pública \(ISSN 0034-8910, 1518-8787\)/);
  });

  it("shows a figure whose image is beside the XML, and notes and warns about one that is not", () => {
    const a = archive();
    writeFileSync(join(a.inbox, "f1.png"), Buffer.from("89504e470d0a1a0a", "hex"));
    const body =
      '<sec><title>R</title><p>See <xref ref-type="fig" rid="f1">Figure 1</xref>.</p><fig id="f1"><label>Figure 1</label><caption><title>Here</title></caption><graphic xlink:href="f1"/></fig><fig id="f2"><label>Figure 2</label><caption><title>Gone</title></caption><graphic xlink:href="f2"/></fig></sec>';
    const report = importJats([a.put("a.xml", minimal({ body }))], a.root);
    expect(report.warnings).toBe(1);
    expect(report.lines[1]).toMatch(/warning: .*a\.xml: the image "f2" of Figure 2 is not beside the XML/);
    const md = readFileSync(join(a.root, "issues/48-2/articles/carberry-test-article.md"), "utf8");
    expect(md).toContain("![Here](<../figures/f1.png>)");
    expect(md).toContain(
      '<figure class="imported-figure" id="f2"><p class="figure-missing">[The image of this figure is not part of this archive.]</p><figcaption><strong>Figure 2</strong> Gone</figcaption></figure>',
    );
    expect(existsSync(join(a.root, "issues/48-2/figures/f1.png"))).toBe(true);
  });

  it("keeps a summary in any language, with its language tag", () => {
    const a = archive();
    const extra =
      '<abstract><p>In English.</p></abstract><trans-abstract xml:lang="kk"><p>Қазақша.</p></trans-abstract><trans-abstract xml:lang="pt-BR"><p>Em português.</p></trans-abstract>';
    importJats([a.put("a.xml", minimal({ extra }))], a.root);
    expect(a.files().filter((f) => f.includes("summaries/"))).toEqual([
      "issues/48-2/summaries/carberry-test-article.kk.yaml",
      "issues/48-2/summaries/carberry-test-article.pt-BR.yaml",
    ]);
    expect(readFileSync(join(a.root, "issues/48-2/summaries/carberry-test-article.pt-BR.yaml"), "utf8")).toBe(
      'article: "carberry-test-article"\nlang: "pt-BR"\ntext: "Em português."\n',
    );
  });
});
