import { describe, expect, it } from "vitest";
import { parsePart } from "./part";
import { pagesOf } from "./merge";

const issues = [
  { id: "11-1", volume: 11 },
  { id: "100-1", volume: 100 },
  { id: "100-2", volume: 100 },
  { id: "104-2", volume: 104 },
  { id: "105-1", volume: 105 },
];

describe("parsePart: the issues a part of a build renders (CABJ_PART)", () => {
  it.each<[string, string[]]>([
    ["volumes:100-104", ["100-1", "100-2", "104-2"]],
    ["volumes:11", ["11-1"]],
    ["issues:100-2,105-1", ["100-2", "105-1"]],
    ["volumes:11 issues:105-1", ["11-1", "105-1"]],
    ["  volumes:105  ", ["105-1"]],
  ])("%s", (value, expected) => {
    const part = parsePart(value)!;
    expect(issues.filter(part).map((i) => i.id)).toEqual(expected);
  });

  it.each(["", "   "])("%j is no part: the whole archive", (value) => {
    expect(parsePart(value)).toBeUndefined();
  });

  it.each<[string, RegExp]>([
    ["volume:100", /CABJ_PART: "volume:100": expected "volumes:<from>-<to>"/],
    ["volumes:104-100", /CABJ_PART: "volumes:104-100": expected the first volume before the last/],
    ["issues:", /CABJ_PART: "issues:": expected/],
    ["100-104", /CABJ_PART: "100-104": expected/],
  ])("%s fails naming the variable and the syntax", (value, message) => {
    expect(() => parsePart(value)).toThrow(message);
  });
});

describe("pagesOf: a built site's pages as Astro names them", () => {
  it("finds directory pages and the 404 page, not other files", () => {
    expect(
      pagesOf([
        "index.html",
        "404.html",
        "about/index.html",
        "issues/11-1/bang/index.html",
        "feed.xml",
        "_astro/a.css",
      ]),
    ).toEqual(["", "404/", "about/", "issues/11-1/bang/"]);
  });
});
