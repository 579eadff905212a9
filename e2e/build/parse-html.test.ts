import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { XMLParser } from "fast-xml-parser";
import { parseHtml, voidElements, type HtmlNode } from "../../src/lib/jats/html";
import { builtPages, dist } from "../site";

/**
 * The build reads its own rendered bodies with parseHtml (search sections, JATS bodies). It once
 * read them with fast-xml-parser, set as below; parseHtml replaced it for speed, and must read
 * every page the build makes as that parser did: the whole page (head, scripts, MathML, SVG) and
 * its text.
 */
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  allowBooleanAttributes: true,
  unpairedTags: [...voidElements],
  htmlEntities: true,
  processEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});
type Parsed = Record<string, unknown> & { ":@"?: Record<string, string | true>; "#text"?: string };
const tree = (items: Parsed[]): HtmlNode[] =>
  items.map((item) => {
    if ("#text" in item) return { type: "text", value: String(item["#text"]) };
    const name = Object.keys(item).find((k) => k !== ":@")!;
    const children = item[name];
    return {
      type: "element",
      name: name.toLowerCase(),
      attrs: item[":@"] ?? {},
      children: Array.isArray(children) ? tree(children as Parsed[]) : [],
    };
  });

const pages = builtPages();

describe("parseHtml reads each built page as fast-xml-parser reads it", () => {
  it("the build has pages to read", () => expect(pages.length).toBeGreaterThan(5));
  it.each(pages)("/%s", (path) => {
    const html = readFileSync(path === "404.html" ? join(dist, "404.html") : join(dist, path, "index.html"), "utf8");
    expect(parseHtml(html)).toEqual(tree(parser.parse(html) as Parsed[]));
  });
});
