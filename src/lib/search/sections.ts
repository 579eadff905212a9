/**
 * The body of a text as search sections: its HTML (as the page renders it) cut at every section
 * and subsection heading (h2, h3) with an id, each part's words as plain text: paragraphs, lists,
 * figure and table captions, tables, notes. What a reader does not read as text is left out: the
 * copies of notes and citations in previews (popovers), a note's link back to its marker (↩),
 * buttons, the TeX source of formulas, and anything hidden.
 */
import { parseHtml, type HtmlNode } from "../jats/html";
import type { SearchSection } from "./build";

/** Elements whose content is not text a reader reads in place. */
const skipped = new Set(["script", "style", "template", "button", "annotation", "annotation-xml", "svg", "canvas"]);
/** Elements that end a line of text (their words do not run into the next ones). */
const blocks = new Set([
  "p",
  "li",
  "div",
  "section",
  "figure",
  "figcaption",
  "caption",
  "table",
  "tr",
  "td",
  "th",
  "blockquote",
  "h1",
  "h4",
  "h5",
  "h6",
  "dt",
  "dd",
  "br",
  "math",
]);

const textOf = (nodes: readonly HtmlNode[]): string =>
  nodes.map((n) => (n.type === "text" ? n.value : skip(n) ? "" : textOf(n.children))).join("");

const skip = (node: Extract<HtmlNode, { type: "element" }>) =>
  skipped.has(node.name) ||
  node.attrs["popover"] !== undefined ||
  node.attrs["data-footnote-backref"] !== undefined ||
  node.attrs["hidden"] !== undefined ||
  node.attrs["aria-hidden"] === "true";

const clean = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The sections of a body. The text before the first heading is a section with the id "" (the
 * top of the page) and no heading. Throws on a section heading without an id, naming `where`.
 */
export const bodySections = (html: string, where: string): SearchSection[] => sectionsOf(parseHtml(html), where);

/** The sections of a body already parsed (see bodySections). */
export function sectionsOf(nodes: readonly HtmlNode[], where: string): SearchSection[] {
  const sections: SearchSection[] = [];
  let current: { id: string; heading: string; parts: string[] } = { id: "", heading: "", parts: [] };
  const close = () => {
    const text = clean(current.parts.join(""));
    if (text !== "" || current.heading !== "")
      sections.push({ id: current.id, heading: current.heading, field: "body", lang: "en", text });
  };
  const walk = (nodes: readonly HtmlNode[]) => {
    for (const node of nodes) {
      if (node.type === "text") {
        current.parts.push(node.value);
        continue;
      }
      if (skip(node)) continue;
      if (node.name === "h2" || node.name === "h3") {
        const id = node.attrs["id"];
        if (typeof id !== "string" || id === "")
          throw new Error(`${where}: the heading "${clean(textOf(node.children))}" has no id for search to link to`);
        close();
        current = { id, heading: clean(textOf(node.children)), parts: [] };
        continue;
      }
      // A note marker is not part of the word it follows ("corruption¹" is "corruption").
      if (node.name === "sup") current.parts.push(" ");
      walk(node.children);
      if (blocks.has(node.name) || node.name === "sup") current.parts.push(" ");
    }
  };
  walk(nodes);
  close();
  return sections;
}
