import { XMLParser } from "fast-xml-parser";

/** An HTML node as the JATS converter reads it. */
export type HtmlNode =
  | { type: "element"; name: string; attrs: Record<string, string | true>; children: HtmlNode[] }
  | { type: "text"; value: string };

type Parsed = Record<string, unknown> & { ":@"?: Record<string, string | true>; "#text"?: string };

const voidElements = [
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
];

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  allowBooleanAttributes: true,
  unpairedTags: voidElements,
  htmlEntities: true,
  processEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
});

function convert(items: Parsed[]): HtmlNode[] {
  return items.map((item) => {
    if ("#text" in item) return { type: "text", value: String(item["#text"]) };
    const name = Object.keys(item).find((k) => k !== ":@");
    if (name === undefined) throw new Error("HTML for JATS: an element without a name");
    const children = item[name];
    return {
      type: "element",
      name: name.toLowerCase(),
      attrs: item[":@"] ?? {},
      children: Array.isArray(children) ? convert(children as Parsed[]) : [],
    };
  });
}

/**
 * Parses the HTML the build renders (every element closed, attributes quoted, as Astro and Sätteri
 * write it) into a tree. Not a parser for HTML from elsewhere.
 */
export function parseHtml(html: string): HtmlNode[] {
  return convert(parser.parse(html) as Parsed[]);
}

/** The text of a node and everything in it. */
export const textOf = (node: HtmlNode): string =>
  node.type === "text" ? node.value : node.children.map(textOf).join("");
