import { describe, expect, it } from "vitest";
import { citableRecord, splitName } from "./record";
import { amagoh, article, companion, issue, journal, madumarov, pech, url } from "./fixtures";

describe("splitName", () => {
  it.each([
    ["Eldar Madumarov", { given: "Eldar", family: "Madumarov" }],
    ["Chan Young Bang", { given: "Chan Young", family: "Bang" }],
    ["Amagoh", { family: "Amagoh" }],
    ["  Gerald   Pech ", { given: "Gerald", family: "Pech" }],
  ])("%s", (name, parts) => expect(splitName(name)).toEqual(parts));
});

describe("citableRecord", () => {
  it("places an article in its issue of this journal, dated by year only", () => {
    const record = citableRecord(article("madumarov-pech", [madumarov, pech]), issue, journal, url);
    expect(record.url).toBe("https://library.example.org/journals/cabj/issues/11-1/madumarov-pech/");
    expect(record.date).toEqual({ year: 2020 });
    expect(record.section).toBe("Research papers");
    expect(record.authors.map((a) => a.name)).toEqual(["Eldar Madumarov", "Gerald Pech"]);
    expect(record.venue).toMatchObject({
      kind: "issue",
      serial: {
        title: "Central Asia Business Journal",
        issns: ["2073-5901", "1991-0002"],
        publisher: { name: "KIMEP University" },
      },
      volume: "11",
      number: "1",
      label: "Vol. 11 No. 1 (Spring 2020)",
      url: "https://library.example.org/journals/cabj/issues/11-1/",
    });
  });

  it("keeps a surname-only author without a given name, and adds nothing that is not printed", () => {
    const [author] = citableRecord(article("x", [amagoh]), issue, journal, url).authors;
    expect(author).toEqual({ name: "Amagoh", family: "Amagoh" });
  });

  it("places a companion text in the serial it appeared in, never in this journal", () => {
    const text = companion("baimenov", [], {
      provenance: {
        statement: "Published in IJCSRP.",
        source: "s",
        venue: "IJCSRP",
        volume: "5",
        number: "2",
        year: "2020",
        issn: "2409-5532",
        publisher: "ACSH",
        url: "https://example.org/149",
      },
    });
    const record = citableRecord(text, undefined, journal, url);
    expect(record.venue).toEqual({
      kind: "issue",
      serial: { title: "IJCSRP", issns: ["2409-5532"], publisher: { name: "ACSH" } },
      volume: "5",
      number: "2",
      textUrl: "https://example.org/149",
    });
    expect(record.date).toEqual({ year: 2020 });
    expect(JSON.stringify(record)).not.toContain("Central Asia Business Journal");
  });

  it("cites a companion text known only by a statement as its page, with the day the source gives", () => {
    const text = companion("op-ed", [], {
      subtitle: "Or is it Belarus?",
      provenance: { statement: "Dated March 29, 2018.", source: "s", date: "2018-03-29" },
    });
    const record = citableRecord(text, undefined, journal, url);
    expect(record.venue).toEqual({ kind: "page" });
    expect(record.date).toEqual({ year: 2018, day: "2018-03-29" });
    expect(record.title).toBe("Title of op-ed: Or is it Belarus?");
    expect(record.authors).toEqual([]);
  });

  it("fails, naming the file, when an article's issue is missing", () => {
    expect(() => citableRecord(article("x", []), undefined, journal, url)).toThrow(
      "content/issues/11-1/articles/x.mdx: issue",
    );
  });
});
