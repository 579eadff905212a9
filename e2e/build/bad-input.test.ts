import { describe, expect, it } from "vitest";
import { makeFixture, type Fixture } from "./fixture";

const bang = "content/issues/11-1/articles/bang.mdx";
const csr = "content/issues/11-1/articles/baisakalova-amagoh.mdx";

/**
 * Each row breaks the real content in one way; the build must fail, and its message must name
 * the file, the field and what was expected.
 */
const rows: { name: string; breakIt: (f: Fixture) => void; expect: string[] }[] = [
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
    name: "a summary in a language the site does not know",
    breakIt: (f) =>
      f.write("content/issues/11-1/summaries/bang.de.yaml", "article: bang\nlang: de\ntext: Eine Zusammenfassung.\n"),
    expect: ["summaries/bang.de.yaml", "lang: expected a language the site knows: en, ru, kk"],
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
];

describe.concurrent("bad input fails the build with the file, the field and what was expected", () => {
  it.each(rows)("$name", async ({ breakIt, expect: expected }) => {
    const fixture = makeFixture();
    try {
      breakIt(fixture);
      const { code, output } = await fixture.build();
      expect(code, output).not.toBe(0);
      for (const text of expected) expect(output).toContain(text);
    } finally {
      fixture.dispose();
    }
  });
});

it("the unbroken fixture builds, so every row above fails for its own reason", async () => {
  const fixture = makeFixture();
  try {
    const { code, output } = await fixture.build();
    expect(code, output).toBe(0);
  } finally {
    fixture.dispose();
  }
});
