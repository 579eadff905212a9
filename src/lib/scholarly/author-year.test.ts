import { describe, expect, it } from "vitest";
import { citedId, findAuthorYear, namesLabel, sortWorks } from "./author-year";

/** The citations of a sentence as [printed, names as an entry prints them, year]. */
const cites = (text: string) =>
  findAuthorYear(text).flatMap((s) => ("cite" in s ? [[s.cite, namesLabel(s.work), s.work.year]] : []));

describe("findAuthorYear on sentences the texts print", () => {
  it.each([
    [
      "one bracketed citation",
      "while providing opportunities to align business practices with social expectations (Porter, 2008).",
      [["Porter, 2008", "Porter", "2008"]],
    ],
    [
      "two in one bracket, one of two authors with an ampersand",
      "as systems thinking holds (Porter, 2008; Ackoff & Rovin, 2003).",
      [
        ["Porter, 2008", "Porter", "2008"],
        ["Ackoff & Rovin, 2003", "Ackoff & Rovin", "2003"],
      ],
    ],
    [
      "a narrative citation, whose year is the link",
      "Yi (2000) shows that forming a free-trade area is a Pareto improvement.",
      [["2000", "Yi", "2000"]],
    ],
    [
      "one name with two years",
      "Yi (1996, 1997) derives the gains from a standard model of international trade.",
      [
        ["1996", "Yi", "1996"],
        ["1997", "Yi", "1997"],
      ],
    ],
    [
      "two years in a bracket",
      "as the trade literature shows (Yi, 1996, 1997).",
      [
        ["Yi, 1996", "Yi", "1996"],
        ["1997", "Yi", "1997"],
      ],
    ],
    [
      "three authors with a serial comma and “and”",
      "Following Alimbekov, Madumarov, and Pech (2017), we assume that",
      [["2017", "Alimbekov, Madumarov, & Pech", "2017"]],
    ],
    [
      "words before the names in the bracket",
      "taking into account political arguments (for details, see Yi, 1996), such as",
      [["Yi, 1996", "Yi", "1996"]],
    ],
    [
      "a capitalised lead word in the bracket",
      "(For details, check Celbis, Wong, & Guznajeva, 2018)",
      [["Celbis, Wong, & Guznajeva, 2018", "Celbis, Wong, & Guznajeva", "2018"]],
    ],
    [
      "two works joined by “and” in one bracket",
      "(see, e.g. Klein, Crawford, & Alchian, 1978, and Hart & Moore, 1990)",
      [
        ["Klein, Crawford, & Alchian, 1978", "Klein, Crawford, & Alchian", "1978"],
        ["Hart & Moore, 1990", "Hart & Moore", "1990"],
      ],
    ],
    [
      "“et al.”, narrative and bracketed",
      "Moon et al. (2010) and others (Fox et al., 2002) agree",
      [
        ["2010", "Moon et al.", "2010"],
        ["Fox et al., 2002", "Fox et al.", "2002"],
      ],
    ],
    [
      "a corporate author after “the”",
      "According to the World Bank (2003), there is a need to explore local and regional knowledge of CSR",
      [["2003", "World Bank", "2003"]],
    ],
    [
      "a newspaper of two words with an apostrophe",
      "(Komsomol’skaya Pravda, 2019)",
      [["Komsomol’skaya Pravda, 2019", "Komsomol’skaya Pravda", "2019"]],
    ],
    [
      "pages after the year",
      "Eduard Shevardnadze (1991, pp. 57-8), the Foreign Minister",
      [["1991", "Eduard Shevardnadze", "1991"]],
    ],
    [
      "a hyphenated name",
      "Cameron and Molina-Azorin (2011) argue that the mixed method approach",
      [["2011", "Cameron & Molina-Azorin", "2011"]],
    ],
  ])("finds %s", (_, text, expected) => {
    expect(cites(text)).toEqual(expected);
  });

  it.each([
    ["a ranking", "(113th position in 2019 among 180 countries)"],
    ["a date", "establishing diplomatic relations with the United States on December 16, 1991 and"],
    ["a count with a thousands separator", "Nazarbayev voluntarily destroyed over 1,400 nuclear warheads"],
    ["an equation number", "as equation (2) shows, with $v(a,b)$"],
    ["a year in a phrase", "Of the countries that had joined by 2019—Russia, Belarus"],
    ["a place and a value", "(index value -0.3 in 2019)"],
    ["a name followed by a bracket that is not a year", "Kazakhstan (113th of 180)"],
  ])("leaves %s as text", (_, text) => {
    expect(findAuthorYear(text)).toEqual([{ text }]);
  });

  it("keeps the text around the citations whole", () => {
    const text = "as Porter (2008) and others (Ackoff & Rovin, 2003; Ho, 2013) argue.";
    expect(
      findAuthorYear(text)
        .map((s) => ("cite" in s ? s.cite : s.text))
        .join(""),
    ).toBe(text);
  });
});

describe("works cited", () => {
  const work = (text: string) => {
    const s = findAuthorYear(text).find((x) => "cite" in x);
    if (!s || !("cite" in s)) throw new Error(`no citation in ${text}`);
    return s.work;
  };
  it("counts “and” and “&” as the same work", () => {
    expect(work("Reason and Bradbury (2001)").key).toBe(work("(Reason & Bradbury, 2001)").key);
  });
  it("sorts by names, then year, with the locale's collation", () => {
    const sorted = sortWorks(
      ["(Yi, 1997)", "(Ackoff & Rovin, 2003)", "(Yi, 1996)", "(Ábel, 2001)", "(Baldwin, 2012)"].map((t) => ({
        work: work(t),
        count: 1,
      })),
    );
    expect(sorted.map((w) => `${namesLabel(w.work)} ${w.work.year}`)).toEqual([
      "Ábel 2001",
      "Ackoff & Rovin 2003",
      "Baldwin 2012",
      "Yi 1996",
      "Yi 1997",
    ]);
  });
  it("gives each work and place an id fit for a URL", () => {
    expect(citedId(work("(Komsomol’skaya Pravda, 2019)"), 2)).toBe("cited-komsomol-skaya-pravda-2019-2");
  });
});
