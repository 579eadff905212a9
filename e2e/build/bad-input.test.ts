import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importJats } from "../../src/lib/jats/import/write";
import { describe, expect, it, onTestFinished } from "vitest";
import { makeFixture, type Fixture } from "./fixture";

const bang = "content/issues/11-1/articles/bang.mdx";
const csr = "content/issues/11-1/articles/baisakalova-amagoh.mdx";

/**
 * Each row breaks the real content in one way; the build must fail, and its message must name
 * the file, the field and what was expected.
 */
const rows: { name: string; breakIt: (f: Fixture) => void; env?: Record<string, string>; expect: string[] }[] = [
  {
    name: "a missing title",
    breakIt: (f) => f.edit(bang, (t) => t.replace(/^title: .*\n/m, "")),
    expect: ["issues/11-1/articles/bang", "title: expected the title (a string)"],
  },
  {
    name: "an author id that does not exist",
    breakIt: (f) => f.edit(bang, (t) => t.replace("authors: [bang]", "authors: [bang, kim]")),
    expect: [bang, "authors.1", 'expected the id of a file in content/authors/, got "kim"'],
  },
  {
    name: "a duplicate slug",
    breakIt: (f) => f.write("content/companions/bang.mdx", f.read("content/companions/north-korea-deal.mdx")),
    expect: ["content/companions/bang.mdx", "slug", 'expected a unique slug, but "bang" is also the slug of'],
  },
  {
    name: "an empty body",
    breakIt: (f) => f.edit(bang, (t) => t.slice(0, t.indexOf("---", 4) + 4)),
    expect: [bang, "body", "expected the full text, got an empty body"],
  },
  {
    name: "an unknown section",
    breakIt: (f) => f.edit(csr, (t) => t.replace("section: research", "section: reviews")),
    expect: [csr, "section", 'expected one of the sections in journal.yaml (research, perspectives), got "reviews"'],
  },
  {
    name: "a summary whose language is not a BCP 47 tag",
    breakIt: (f) =>
      f.write(
        "content/issues/11-1/summaries/bang.German.yaml",
        "article: bang\nlang: German\ntext: Eine Zusammenfassung.\n",
      ),
    expect: ["summaries/bang.German.yaml", "lang: expected the summary's language as a BCP 47 language tag"],
  },
  {
    name: "an ISSN with a bad check digit",
    breakIt: (f) =>
      f.edit("content/companions/baimenov-concentric-spheres.mdx", (t) =>
        t.replace('issn: "2409-5532"', 'issn: "2409-5533"'),
      ),
    expect: [
      "companions/baimenov-concentric-spheres.mdx",
      "provenance.issn: expected the venue's ISSN as an ISSN NNNN-NNNC",
    ],
  },
  {
    name: "a date that does not parse",
    breakIt: (f) =>
      f.edit("content/companions/north-korea-deal.mdx", (t) =>
        t.replace('date: "2018-03-29"', 'date: "29 March 2018"'),
      ),
    expect: [
      "companions/north-korea-deal.mdx",
      "provenance.date: expected the date as a real date in the form YYYY-MM-DD",
    ],
  },
  {
    name: "an author without a name",
    breakIt: (f) =>
      f.edit("content/authors/amagoh.yaml", (t) => t.replace("name: Amagoh", "affiliation: KIMEP University")),
    expect: ["authors/amagoh.yaml", "name: expected the author's name (a string)"],
  },
  {
    name: "survey counts that exceed N",
    breakIt: (f) => f.edit("content/data/csr-table-1.csv", (t) => t.replace("legal,64,", "legal,190,")),
    expect: ["content/data/csr-table-1.csv", 'line 2, column "agree": expected a count of at most n = 187'],
  },
  {
    name: "a survey table missing a category",
    breakIt: (f) => f.edit("content/data/csr-table-1.csv", (t) => t.replace(/^philanthropic,.*\n/m, "")),
    expect: ["content/data/csr-table-1.csv", 'rows: expected a row for the category "philanthropic"'],
  },
  {
    name: "a CSV with a bad number",
    breakIt: (f) => f.edit("content/data/kazakhstan-hdi.csv", (t) => t.replace("2018,0.817", "2018,0.8l7")),
    expect: ["content/data/kazakhstan-hdi.csv", 'line 30, column "value": expected HDI (0–1) as a number', '"0.8l7"'],
  },
  {
    name: "a figure description that breaks its schema",
    breakIt: (f) => f.edit("content/data/csr-table-1.yaml", (t) => t.replace("n: 187", "n: many")),
    expect: ["data/csr-table-1", "n: expected the number of respondents as a whole number"],
  },
  {
    name: "a figure whose provenance names a seed file instead of a reader's source",
    breakIt: (f) =>
      f.edit("content/data/baimenov-table-1.yaml", (t) =>
        t.replace(/^provenance: .*$/m, 'provenance: "Table 1 (seed 004, lines 35–41)."'),
      ),
    expect: [
      "data/baimenov-table-1",
      "provenance: expected where the numbers come from in a reader's words",
      '"seed 004"',
    ],
  },
  {
    name: "a printed error whose words the text does not print",
    breakIt: (f) =>
      f.edit("content/issues/11-1/articles/madumarov-pech.mdx", (t) =>
        t.replace(
          'printed: "what had become the European Economic Union"',
          'printed: "what had become the Atlantic Union"',
        ),
      ),
    expect: [
      "content/issues/11-1/articles/madumarov-pech.mdx",
      "printedErrors.0.printed",
      'expected words the text prints, but the body does not contain "what had become the Atlantic Union"',
    ],
  },
  {
    name: "an interface string missing in one language",
    breakIt: (f) => f.edit("content/ui/kk.yaml", (t) => t.replace(/^readArticle: .*\n/m, "")),
    expect: ["ui/kk.yaml", "readArticle", "expected the read-the-article link (a string)"],
  },
  {
    name: "the interface strings of a language missing",
    breakIt: (f) => f.remove("content/ui/ru.yaml"),
    expect: ["content/ui/ru.yaml", "(file)", "expected the interface strings in Русский"],
  },
  {
    name: "a plural form Russian needs missing from its counts",
    breakIt: (f) => f.edit("content/ui/ru.yaml", (t) => t.replace(/^ {2}few: .*\n/m, "")),
    expect: ["content/ui/ru.yaml", "articleCount.few", 'expected the words for the plural form "few"'],
  },
  {
    name: "straight quotation marks in a Kazakh interface string",
    breakIt: (f) => f.edit("content/ui/kk.yaml", (t) => t.replace(/^authors: .*$/m, "authors: 'Авторлар \"тізімі\"'")),
    expect: ["content/ui/kk.yaml", "authors", "expected «ёлочки» for quotation marks"],
  },
  {
    name: "malformed front matter",
    breakIt: (f) => f.edit(bang, (t) => t.replace("order: 3", 'order: "3')),
    expect: ["can not read a block mapping entry", "content/issues/11-1/articles/bang.mdx:8:8"],
  },
  {
    name: "a wrong type",
    breakIt: (f) => f.edit(bang, (t) => t.replace("order: 3", "order: third")),
    expect: ["issues/11-1/articles/bang", "order: expected the printed position as a whole number"],
  },
  {
    name: "an issue year that is not a number",
    breakIt: (f) => f.edit("content/issues/11-1/issue.yaml", (t) => t.replace("year: 2020", "year: Spring 2020")),
    expect: ["content/issues/11-1/issue.yaml", "year: expected the year as a whole number"],
  },
  {
    name: "an empty summary",
    breakIt: (f) =>
      f.edit("content/issues/11-1/summaries/bang.ru.yaml", (t) => t.replace(/text: \|-\n( {2}.*\n)+/, 'text: ""\n')),
    expect: ["summaries/bang.ru.yaml", "text: expected the summary text, got an empty string"],
  },
  {
    name: "a Russian summary still in OCR letters",
    breakIt: (f) =>
      f.edit("content/issues/11-1/summaries/bang.ru.yaml", (t) => t.replace("Рассматривая", "Paccmampusas")),
    expect: ["summaries/bang.ru.yaml", 'text: expected text in Cyrillic script for language "ru"'],
  },
  {
    name: "a summary of an article that does not exist",
    breakIt: (f) =>
      f.edit("content/issues/11-1/summaries/bang.en.yaml", (t) => t.replace("article: bang", "article: bagn")),
    expect: ["summaries/bang.en.yaml", "article", 'expected the slug of an article, got "bagn"'],
  },
  {
    name: "a reference link that is not http, https or mailto",
    breakIt: (f) =>
      f.edit("content/companions/baimenov-concentric-spheres.mdx", (t) =>
        t.replace('url: "https://doi.org/10.1108/IJPSM-08-2018-0173"', 'url: "javascript:alert(1)"'),
      ),
    expect: [
      "baimenov-concentric-spheres",
      "references.1.url: expected the reference URL to be an http, https or mailto URL",
    ],
  },
  {
    name: "a journal ISSN with a bad check digit",
    breakIt: (f) => f.edit("content/journal.yaml", (t) => t.replace("print: 2073-5901", "print: 2073-5902")),
    expect: ["journal.yaml", "issn.print: expected the print ISSN as an ISSN NNNN-NNNC with a valid check digit"],
  },
  {
    name: "a site origin in journal.yaml that is not an origin",
    breakIt: (f) => f.edit("content/journal.yaml", (t) => `${t}site: library.example.edu/cabj\n`),
    expect: ["content/journal.yaml: site: expected the site's origin, such as https://library.example.edu"],
  },
  {
    name: "a CABJ_SITE with a path",
    breakIt: () => undefined,
    env: { CABJ_SITE: "https://library.example.edu/journals/cabj/" },
    expect: ["CABJ_SITE: expected an http or https origin without a path (the path goes in CABJ_BASE)"],
  },
  {
    name: "a companion text's medium without the venue's name",
    breakIt: (f) =>
      f.edit("content/companions/north-korea-deal.mdx", (t) =>
        t.replace('  venue: "True Blue Will Never Stain"\n', ""),
      ),
    expect: [
      "companions/north-korea-deal.mdx",
      "provenance.venue: expected the name of the blog (`venue`) with `medium`",
    ],
  },
  {
    name: "a percentage outside 0–100",
    breakIt: (f) => f.edit("content/data/csr-table-1.csv", (t) => t.replace("legal,64,34.2,", "legal,64,134.2,")),
    expect: [
      "content/data/csr-table-1.csv",
      'line 2, column "agree_percent": expected a percentage from 0 to 100, got 134.2',
    ],
  },
  {
    name: "respondents by type that do not add up to those who answered",
    breakIt: (f) => f.edit("content/data/csr-respondents.csv", (t) => t.replace("companies,125", "companies,126")),
    expect: [
      "content/data/csr-respondents.csv",
      "count: expected the groups to add up to the 187 returned (content/data/csr-respondents.yaml), got 126 + 33 + 19 + 10 = 188",
    ],
  },
  {
    name: "an orphan data file",
    breakIt: (f) => f.write("content/data/orphan.csv", "year,value\n2019,1\n"),
    expect: ["content/data/orphan.csv", "(file): expected a description beside it, orphan.yaml"],
  },
  {
    name: "a javascript: link in a text's body",
    breakIt: (f) =>
      f.edit(bang, (t) => t.replace("## 1. Introduction", "## 1. Introduction\n\n[click](javascript:alert(1))")),
    expect: ["bang.mdx", 'a link to "javascript:alert(1)": expected an http, https or mailto address'],
  },
];

describe.concurrent("bad input fails the build with the file, the field and what was expected", () => {
  it.each(rows)("$name", async ({ breakIt, env, expect: expected }) => {
    const fixture = makeFixture();
    try {
      breakIt(fixture);
      const { code, output } = await fixture.build(env);
      expect(code, output).not.toBe(0);
      for (const text of expected) expect(output).toContain(text);
    } finally {
      fixture.dispose();
    }
  });
});

/** A real JATS article of the fixture archive's journal (../shared/jats-samples, CC BY-NC, with its licence). */
const sample = new URL("../../../shared/jats-samples/0034-8910-rsp-48-2-0296.xml", import.meta.url).pathname;
const jats = () => readFileSync(sample, "utf8");

/**
 * Bad input for the importer (`npm run import`): each row gives it files; a failing row must name
 * the file, the line where one is known, and what was expected, and write nothing for that file;
 * a warning row imports the article and says what is missing.
 */
const importRows: { name: string; files: Record<string, string>; fails: boolean; expect: (string | RegExp)[] }[] = [
  {
    name: "malformed XML",
    files: { "broken.xml": jats().replace("</article-title>", "</article-titel>") },
    fails: true,
    expect: [/broken\.xml:\d+: expected well-formed XML: /, "article-titel"],
  },
  {
    name: "a file that is not JATS",
    files: { "page.xml": '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body/></html>' },
    fails: true,
    expect: ["page.xml:2: expected a JATS <article> as the root element, got <html>"],
  },
  {
    name: "an article without a title",
    files: { "untitled.xml": jats().replace(/<article-title[^>]*>[\s\S]*?<\/article-title>/, "") },
    fails: true,
    expect: [/untitled\.xml:\d+: expected the article's title \(<title-group><article-title>\), got none/],
  },
  {
    name: "a different article with the same slug",
    files: {
      "a.xml": jats(),
      "b.xml": jats().replace("10.1590/S0034-8910.2014048004719", "10.1590/S0034-8910.2014048009999"),
    },
    fails: true,
    expect: [
      /b\.xml: expected a slug no other article has, but "ribeiro-trypanosoma-cruzi-strains-from-triatomine" is already issues\/48-2\/articles\/ribeiro-trypanosoma-cruzi-strains-from-triatomine\.md, a different article/,
    ],
  },
  {
    name: "a figure whose image file is missing (a warning, not a failure)",
    files: { "figure.xml": jats() },
    fails: false,
    expect: [
      /warning: .*figure\.xml: the image "0034-8910-rsp-48-2-0296-gf01" of Figure\. is not beside the XML: the page shows its caption and a note/,
    ],
  },
];

describe("bad input to the importer fails naming the file, the line and what was expected, and writes nothing for it", () => {
  it.each(importRows)("$name", ({ files, fails, expect: expected }) => {
    const root = mkdtempSync(join(tmpdir(), "cabj-import-bad-"));
    const inbox = mkdtempSync(join(tmpdir(), "cabj-import-in-"));
    onTestFinished(() => [root, inbox].forEach((dir) => rmSync(dir, { recursive: true, force: true })));
    const project = new URL("../../", import.meta.url).pathname;
    copyFileSync(join(project, "e2e/fixtures/imported/journal.yaml"), join(root, "journal.yaml"));
    cpSync(join(project, "content/ui"), join(root, "ui"), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(inbox, name), text);
    const report = importJats([inbox], root);
    const output = report.lines.join("\n");
    for (const e of expected) expect(output).toMatch(e);
    expect(report.failed, output).toBe(fails ? 1 : 0);
    // What was written is only the articles that did not fail: nothing at all for a lone bad file.
    const written = (readdirSync(root, { recursive: true }) as string[]).filter((p) => p.endsWith(".md"));
    expect(written).toHaveLength(Object.keys(files).length - (fails ? 1 : 0));
    if (Object.keys(files).length === 1 && fails) expect(readdirSync(root).sort()).toEqual(["journal.yaml", "ui"]);
  });
});

it("the unbroken fixture builds, so every row above fails for its own reason, and it says what it holds", async () => {
  const fixture = makeFixture();
  try {
    const { code, output } = await fixture.build();
    expect(code, output).toBe(0);
    expect(output).toContain(`Built ${expectedCounts()}.`);
  } finally {
    fixture.dispose();
  }
});

/** The counts the build must print, recomputed from the content files themselves. */
function expectedCounts(): string {
  const content = new URL("../../content/", import.meta.url).pathname;
  const list = (dir: string, ending: string) => readdirSync(join(content, dir)).filter((f) => f.endsWith(ending));
  const issues = readdirSync(join(content, "issues"));
  const articles = issues.flatMap((i) => list(`issues/${i}/articles`, ".mdx"));
  const summaries = issues.flatMap((i) => list(`issues/${i}/summaries`, ".yaml"));
  const byLang = (lang: string) => summaries.filter((f) => f.endsWith(`.${lang}.yaml`)).length;
  const texts = [
    ...issues.flatMap((i) => list(`issues/${i}/articles`, ".mdx").map((f) => `issues/${i}/articles/${f}`)),
    ...list("companions", ".mdx").map((f) => `companions/${f}`),
  ];
  const references = texts.reduce((n, f) => {
    const front = readFileSync(join(content, f), "utf8").split(/^---$/m)[1] ?? "";
    const block = /^references:\n((?: {2}.*\n)+)/m.exec(front)?.[1] ?? "";
    return n + (block.match(/^ {2}- /gm)?.length ?? 0);
  }, 0);
  const dataRows = list("data", ".csv").reduce(
    (n, f) =>
      n +
      readFileSync(join(content, "data", f), "utf8")
        .trim()
        .split("\n").length -
      1,
    0,
  );
  return (
    `${issues.length} issue(s), ${articles.length} article(s), ${list("companions", ".mdx").length} companion text(s), ` +
    `summaries en ${byLang("en")}, ru ${byLang("ru")}, kk ${byLang("kk")}, ` +
    `${list("data", ".yaml").length} figure(s) and table(s) with ${dataRows} data row(s), ${references} reference(s)`
  );
}
