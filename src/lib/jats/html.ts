/** An HTML node as the JATS converter reads it. */
export type HtmlNode =
  | { type: "element"; name: string; attrs: Record<string, string | true>; children: HtmlNode[] }
  | { type: "text"; value: string };

/** The elements HTML writes with no closing tag. */
export const voidElements = new Set([
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
]);

/** The named character references the build's HTML uses (Astro and Sätteri write few). */
const named: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  cent: "¢",
  pound: "£",
  yen: "¥",
  euro: "€",
  copy: "©",
  reg: "®",
  inr: "₹",
};
const reference = /&(?:#(\d{1,7})|#x([\da-f]{1,6})|([a-z]+));/gi;

/**
 * `text` with its character references decoded: numeric ones, and the named ones the build's HTML
 * uses; another named reference is given to `unknown`, which returns what stands for it.
 */
export const decodeReferences = (text: string, unknown: (reference: string) => string): string =>
  text.includes("&")
    ? text.replace(reference, (whole, dec?: string, hex?: string, name?: string) => {
        if (dec !== undefined) return String.fromCodePoint(Number(dec));
        if (hex !== undefined) return String.fromCodePoint(parseInt(hex, 16));
        return named[name!] ?? unknown(whole);
      })
    : text;

const decode = (text: string, at: number): string =>
  decodeReferences(text, (whole) => {
    throw new Error(`HTML for JATS: offset ${at}: unknown character reference ${whole}`);
  });

/** One attribute: its name, and its value in double or single quotes, or none (a boolean attribute). */
const attribute = /\s*([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'))?/y;
const nameEnd = /[\s/>]/g;

/**
 * Parses the HTML the build renders (every element closed, attributes quoted, as Astro and Sätteri
 * write it) into a tree: elements (names in lower case), their attributes and their text, with
 * character references decoded; comments and the doctype left out. Not a parser for HTML from
 * elsewhere: an element closed out of turn, or left open, is an error naming it. (It reads the
 * build's pages as fast-xml-parser did, and about four times faster: e2e/build/parse-html.test.ts.)
 */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlNode[] = [];
  const open: { name: string; children: HtmlNode[]; at: number }[] = [];
  let children = root;
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf("<", i);
    const end = lt === -1 ? html.length : lt;
    if (end > i) children.push({ type: "text", value: decode(html.slice(i, end), i) });
    if (lt === -1) break;
    if (html.startsWith("<!--", lt)) {
      const close = html.indexOf("-->", lt + 4);
      if (close === -1) throw new Error(`HTML for JATS: offset ${lt}: a comment is not closed`);
      i = close + 3;
      continue;
    }
    const gt = html.indexOf(">", lt);
    if (gt === -1) throw new Error(`HTML for JATS: offset ${lt}: a tag is not closed`);
    if (html[lt + 1] === "!") {
      i = gt + 1;
      continue;
    }
    if (html[lt + 1] === "/") {
      const name = html
        .slice(lt + 2, gt)
        .trim()
        .toLowerCase();
      const top = open.pop();
      if (top?.name !== name)
        throw new Error(
          `HTML for JATS: offset ${lt}: </${name}> closes ${top === undefined ? "no element" : `<${top.name}> (offset ${top.at})`}`,
        );
      children = open[open.length - 1]?.children ?? root;
      i = gt + 1;
      continue;
    }
    nameEnd.lastIndex = lt + 1;
    let j = nameEnd.exec(html)?.index ?? html.length;
    const name = html.slice(lt + 1, j).toLowerCase();
    const attrs: Record<string, string | true> = {};
    for (;;) {
      attribute.lastIndex = j;
      const match = attribute.exec(html);
      if (match === null) break;
      const [, key, double, single] = match;
      const value = double ?? single;
      attrs[key!] = value === undefined ? true : decode(value, j);
      j = attribute.lastIndex;
    }
    const element: HtmlNode = { type: "element", name, attrs, children: [] };
    children.push(element);
    const tagEnd = html.indexOf(">", j);
    if (tagEnd === -1) throw new Error(`HTML for JATS: offset ${lt}: a tag is not closed`);
    const rest = html.slice(j, tagEnd).trim();
    if (rest !== "" && rest !== "/")
      throw new Error(`HTML for JATS: offset ${j}: expected an attribute in <${name}>, found ${JSON.stringify(rest)}`);
    i = tagEnd + 1;
    if (rest === "/" || voidElements.has(name)) continue;
    open.push({ name, children: element.children, at: lt });
    children = element.children;
  }
  const unclosed = open.pop();
  if (unclosed !== undefined)
    throw new Error(`HTML for JATS: offset ${unclosed.at}: <${unclosed.name}> is never closed`);
  return root;
}

/** The text of a node and everything in it. */
export const textOf = (node: HtmlNode): string =>
  node.type === "text" ? node.value : node.children.map(textOf).join("");
