import { XMLParser } from "fast-xml-parser";
import { SyntaxValidator } from "fast-xml-validator";

/** An XML element as the importer reads it: its name with any prefix, attributes, children in order. */
export interface XNode {
  name: string;
  attrs: Record<string, string>;
  children: (XNode | string)[];
}

/** Bad input: the file, the line (when known) and what was expected. */
export class ImportError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly expected: string;
  constructor(file: string, line: number | undefined, expected: string) {
    super(`${file}${line !== undefined ? `:${line}` : ""}: ${expected}`);
    this.file = file;
    this.line = line;
    this.expected = expected;
  }
}

type Parsed = Record<string, unknown> & { ":@"?: Record<string, string>; "#text"?: unknown };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  processEntities: true,
  htmlEntities: true,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: "#comment",
});

function convert(items: Parsed[]): (XNode | string)[] {
  return items.flatMap((item): (XNode | string)[] => {
    if ("#text" in item) return [String(item["#text"])];
    if ("#comment" in item) return [];
    const name = Object.keys(item).find((k) => k !== ":@");
    if (name === undefined) return [];
    const children = item[name];
    const attrs = Object.fromEntries(Object.entries(item[":@"] ?? {}).map(([k, v]) => [k, String(v)]));
    return [{ name, attrs, children: Array.isArray(children) ? convert(children as Parsed[]) : [] }];
  });
}

/** The line of the first occurrence of `needle` in `xml`, 1-based; undefined if absent. */
export function lineOf(xml: string, needle: string): number | undefined {
  const at = xml.indexOf(needle);
  return at < 0 ? undefined : xml.slice(0, at).split("\n").length;
}

/**
 * Parses a JATS file into its `<article>` element. Not well-formed XML, or a root that is not a
 * JATS article, is an ImportError naming the file, the line and what was expected.
 */
export function parseJats(xml: string, file: string): XNode {
  // fast-xml-parser's own validator is deprecated in favour of this package, from the same author.
  try {
    new SyntaxValidator().validate(xml);
  } catch (error) {
    const { message, line } = error as { message: string; line?: number };
    throw new ImportError(file, line, `expected well-formed XML: ${message.replace(/\.$/, "")}`);
  }
  const roots = convert(parser.parse(xml) as Parsed[]).filter((n): n is XNode => typeof n !== "string");
  const root = roots.find((n) => !n.name.startsWith("!") && !n.name.startsWith("?"));
  if (!root || root.name !== "article")
    throw new ImportError(
      file,
      root ? lineOf(xml, `<${root.name}`) : 1,
      `expected a JATS <article> as the root element, got ${root ? `<${root.name}>` : "no element"}`,
    );
  if (!child(root, "front"))
    throw new ImportError(file, lineOf(xml, "<article"), "expected a JATS article with <front> (its front matter)");
  return root;
}

export const isNode = (n: XNode | string | undefined): n is XNode => typeof n === "object";
export const kids = (n: XNode | undefined, name?: string): XNode[] =>
  (n?.children ?? []).filter(isNode).filter((c) => name === undefined || c.name === name);
export const child = (n: XNode | undefined, name: string): XNode | undefined => kids(n, name)[0];
/** Descendants named `name`, in document order, not looking inside `stop` elements. */
export function all(n: XNode | undefined, name: string, stop: string[] = []): XNode[] {
  const out: XNode[] = [];
  const walk = (x: XNode) => {
    for (const c of kids(x)) {
      if (c.name === name) out.push(c);
      if (!stop.includes(c.name)) walk(c);
    }
  };
  if (n) walk(n);
  return out;
}
/** The text of a node and everything in it. */
export const textOf = (n: XNode | string | undefined): string =>
  n === undefined ? "" : typeof n === "string" ? n : n.children.map(textOf).join("");
/** Text with runs of white space made one space, trimmed. */
export const flat = (s: string) => s.replace(/\s+/g, " ").trim();
export const lang = (n: XNode | undefined) => n?.attrs["xml:lang"];
