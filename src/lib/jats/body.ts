import { el, esc } from "./xml";
import { textOf, type HtmlNode } from "./html";

type Element = Extract<HtmlNode, { type: "element" }>;

/** The body of an article in JATS, and the parts of its HTML that belong in `<back>`. */
export interface JatsBody {
  /** `<sec>`s and paragraphs, for `<body>`. */
  body: string;
  /** `<fn-group>` of the footnotes, or "". */
  footnotes: string;
  /** `<app-group>` of the appendices, or "". */
  appendices: string;
}

// Controls and previews repeat what the text already holds (a note, a reference) or only work
// on screen; they have no place in an archival copy.
// "Works cited in the text" is this edition's index of the text's author–year citations, not
// the authors' text: the archival copy holds what they wrote.
const notArchived = (e: Element) =>
  ["button", "script", "style", "canvas", "input", "template", "noscript", "summary"].includes(e.name) ||
  (typeof e.attrs["class"] === "string" &&
    e.attrs["class"].split(/\s+/).some((c) => c === "screen-only" || c === "works-cited")) ||
  e.attrs["popover"] !== undefined ||
  e.attrs["aria-hidden"] === "true";

const isBlank = (n: HtmlNode) => n.type === "text" && n.value.trim() === "";
const attr = (e: Element, name: string) => (typeof e.attrs[name] === "string" ? e.attrs[name] : undefined);
const classes = (e: Element) => (attr(e, "class") ?? "").split(/\s+/);

/** XML ids must not start with a digit; the page's ids often do ("1-introduction"). */
const xmlId = (prefix: string, id: string) => `${prefix}-${id}`.replace(/[^A-Za-z0-9_.-]/g, "-");

const fnNumber = (href: string) => /^#user-content-fn-(.+)$/.exec(href)?.[1];

/** MathML elements that take a fixed number of arguments (MathML 2, section 3.1.3.2). */
export const mathArity: Record<string, number> = {
  mfrac: 2,
  mroot: 2,
  msub: 2,
  msup: 2,
  munder: 2,
  mover: 2,
  msubsup: 3,
  munderover: 3,
};

/**
 * A fixed-arity element given more arguments than it takes (a typesetter may write `e^{\min}` as
 * an `msup` of `e`, `min` and an invisible function application) keeps its leading arguments and
 * groups the rest, which all belong to the last argument, in one `mrow`.
 */
function mathArguments(name: string, children: HtmlNode[]): HtmlNode[] {
  const arity = mathArity[name];
  const args = children.filter((c) => !isBlank(c));
  if (arity === undefined || args.length <= arity) return children;
  return [...args.slice(0, arity - 1), { type: "element", name: "mrow", attrs: {}, children: args.slice(arity - 1) }];
}

/** MathML, element for element, in the `mml:` namespace prefix JATS uses. */
function mathml(node: HtmlNode): string {
  if (node.type === "text") return esc(node.value);
  const attrs = Object.fromEntries(
    Object.entries(node.attrs)
      .filter(([k]) => k !== "xmlns")
      .map(([k, v]) => [k, v === true ? k : v]),
  );
  return el(`mml:${node.name}`, attrs, mathArguments(node.name, node.children).map(mathml).join(""));
}

/** Phrasing content: text, emphasis, links, footnote and citation references, inline formulas. */
function inline(nodes: HtmlNode[]): string {
  return nodes.map(inlineNode).join("");
}

function inlineNode(node: HtmlNode): string {
  if (node.type === "text") return esc(node.value);
  if (notArchived(node)) return "";
  const content = () => inline(node.children);
  switch (node.name) {
    case "em":
    case "i":
      return el("italic", {}, content());
    case "strong":
    case "b":
      return el("bold", {}, content());
    case "sup":
    case "sub":
      // A footnote marker is a superscript link: the xref alone says it.
      if (node.children.some((c) => c.type === "element" && c.name === "a" && fnNumber(attr(c, "href") ?? "")))
        return content();
      return el(node.name, {}, content());
    case "code":
      return el("monospace", {}, content());
    case "br":
      return " ";
    case "math":
      return el("inline-formula", {}, mathml(node));
    case "a":
      return link(node);
    default:
      return content();
  }
}

function link(a: Element): string {
  const href = attr(a, "href") ?? "";
  const text = inline(a.children);
  if (a.attrs["data-footnote-backref"] !== undefined) return "";
  const fn = fnNumber(href);
  if (fn !== undefined) return el("xref", { "ref-type": "fn", rid: xmlId("fn", fn) }, text);
  const local = /^#(ref|table|figure)-(\d+)$/.exec(href);
  if (local) {
    const type = { ref: "bibr", table: "table", figure: "fig" }[local[1] as "ref" | "table" | "figure"];
    return el("xref", { "ref-type": type, rid: `${local[1]}-${local[2]}` }, text);
  }
  if (/^https?:\/\//.test(href)) return el("ext-link", { "ext-link-type": "uri", "xlink:href": href }, text);
  if (href.startsWith("mailto:")) return el("email", {}, esc(href.slice("mailto:".length)));
  return text;
}

/** Flow content outside sections: paragraphs, lists, quotations, formulas, tables, figures. */
function blocks(nodes: HtmlNode[]): string {
  return blockList(nodes).join("\n");
}

/** The blocks of `nodes`, one string each. */
function blockList(nodes: HtmlNode[]): string[] {
  const out: string[] = [];
  let loose: HtmlNode[] = [];
  const flush = () => {
    if (loose.some((n) => !isBlank(n))) out.push(el("p", {}, inline(loose).trim()));
    loose = [];
  };
  for (const node of nodes) {
    const block = node.type === "element" && !notArchived(node) ? blockNode(node) : undefined;
    if (block === undefined) {
      if (node.type === "text" || !notArchived(node)) loose.push(node);
      continue;
    }
    flush();
    out.push(block);
  }
  flush();
  return out.filter((x) => x !== "");
}

/** The JATS of a block element, or undefined if it is phrasing content. */
function blockNode(e: Element): string | undefined {
  switch (e.name) {
    case "p":
      return e.children.every(isBlank) ? "" : el("p", {}, inline(e.children).trim());
    case "ul":
    case "ol":
      return el(
        "list",
        { "list-type": e.name === "ul" ? "bullet" : "order" },
        e.children
          .filter((c): c is Element => c.type === "element" && c.name === "li")
          .map((li) => el("list-item", {}, blocks(li.children)))
          .join(""),
      );
    case "blockquote":
      return el("disp-quote", {}, blocks(e.children));
    case "div":
      if (classes(e).includes("math-display")) {
        const math = findElement(e, "math");
        if (!math) throw new Error("JATS: a display formula without MathML");
        return el("disp-formula", {}, mathml(math));
      }
      if (e.children.some((c) => c.type === "element" && c.name === "table")) return tableWrap(e);
      return blocks(e.children);
    case "table":
      return tableWrap({ ...e, name: "div", attrs: {}, children: [e] });
    case "figure":
      return figure(e);
    case "section":
    case "article":
    case "aside":
      return blocks(e.children);
    case "hr":
      return "";
    case "dl":
      return el(
        "def-list",
        {},
        e.children
          .filter((c): c is Element => c.type === "element" && c.name === "dt")
          .map((dt) => {
            const siblings = e.children.filter((c): c is Element => c.type === "element");
            const dd = siblings[siblings.indexOf(dt) + 1];
            return el(
              "def-item",
              {},
              el("term", {}, inline(dt.children)) + (dd?.name === "dd" ? el("def", {}, blocks(dd.children)) : ""),
            );
          })
          .join(""),
      );
    default:
      return undefined;
  }
}

/** "Table 1: Title" → label "Table 1", caption "Title". */
function splitLabel(text: string, word: "Table" | "Figure"): { label?: string; title: string } {
  const m = new RegExp(`^\\s*(${word}\\s+\\d+)\\s*[.:]?\\s*`).exec(text);
  return m?.[1] ? { label: m[1], title: text.slice(m[0].length) } : { title: text.trim() };
}

function tableXml(table: Element): string {
  const cell = (c: Element) => {
    const align =
      attr(c, "align") ??
      /text-align:\s*(left|right|center)/.exec(attr(c, "style") ?? "")?.[1] ??
      /(?:^|\s)align-(left|right|center)(?:\s|$)/.exec(attr(c, "class") ?? "")?.[1];
    return el(
      c.name,
      { align, scope: attr(c, "scope"), colspan: attr(c, "colspan"), rowspan: attr(c, "rowspan") },
      inline(c.children).trim(),
    );
  };
  const row = (tr: Element) =>
    el(
      "tr",
      {},
      tr.children
        .filter((c): c is Element => c.type === "element" && (c.name === "th" || c.name === "td"))
        .map(cell)
        .join(""),
    );
  // JATS (like HTML 4) puts the foot before the body: col/colgroup, thead, tfoot, tbody.
  const rank = (e: Element) => ["col", "colgroup", "thead", "tfoot"].indexOf(e.name) + 1 || 5;
  const parts = table.children
    .filter((c): c is Element => c.type === "element")
    .map((e, i) => ({ e, i }))
    .sort((a, b) => rank(a.e) - rank(b.e) || a.i - b.i)
    .map(({ e }) => e);
  return el(
    "table",
    {},
    parts
      .map((part) =>
        part.name === "tr"
          ? row(part)
          : ["thead", "tbody", "tfoot"].includes(part.name)
            ? el(
                part.name,
                {},
                part.children
                  .filter((c): c is Element => c.type === "element" && c.name === "tr")
                  .map(row)
                  .join(""),
              )
            : "",
      )
      .join(""),
  );
}

function findElement(e: Element, name: string): Element | undefined {
  for (const c of e.children) {
    if (c.type !== "element") continue;
    if (c.name === name) return c;
    const inner = findElement(c, name);
    if (inner) return inner;
  }
  return undefined;
}

const findTable = (e: Element) => findElement(e, "table");

/**
 * A table's foot, like a figure's caption, holds only paragraphs (and notes): a list, a key of abbreviations (`def-list`) or a
 * quotation under a table goes inside a paragraph, which JATS allows to hold them.
 */
const footBlock = (xml: string) => (/^<p[\s>]/.test(xml) ? xml : el("p", {}, xml));

/** A table with its caption and the notes around it. */
function tableWrap(e: Element, outerCaption?: string, notes: string[] = []): string {
  const table = findTable(e);
  if (!table) throw new Error("JATS: a table block without a table");
  const caption = table.children.find((c): c is Element => c.type === "element" && c.name === "caption");
  const captionText = outerCaption ?? (caption ? textOf(caption) : undefined);
  const { label, title } = captionText ? splitLabel(captionText, "Table") : { title: "" };
  const id = attr(e, "id") ?? attr(table, "id");
  return el(
    "table-wrap",
    { id: id && /^[A-Za-z_]/.test(id) ? id : undefined },
    (label ? el("label", {}, esc(label)) : "") +
      (title ? el("caption", {}, el("p", {}, esc(title))) : "") +
      tableXml({ ...table, children: table.children.filter((c) => c !== caption) }) +
      (notes.length > 0 ? el("table-wrap-foot", {}, notes.join("")) : ""),
  );
}

/** A figure: its caption and notes; a figure that holds a table is that table. */
function figure(e: Element): string {
  const figcaption = e.children.find((c): c is Element => c.type === "element" && c.name === "figcaption");
  const rest = e.children.filter((c) => c !== figcaption && !(c.type === "element" && notArchived(c)));
  const captionText = figcaption ? textOf(figcaption).replace(/\s+/g, " ").trim() : undefined;
  const table = findTable(e);
  const notes = rest
    .filter((c): c is Element => c.type === "element" && findTable(c) === undefined && c.name !== "table")
    .flatMap((c) => blockList([c]))
    .map(footBlock);
  if (table) return tableWrap(e, captionText, notes);
  const { label, title } = captionText ? splitLabel(captionText, "Figure") : { title: "" };
  const id = attr(e, "id");
  return el(
    "fig",
    { id: id && /^[A-Za-z_]/.test(id) ? id : undefined },
    (label ? el("label", {}, esc(label)) : "") +
      (title || notes.length > 0 ? el("caption", {}, (title ? el("title", {}, esc(title)) : "") + notes.join("")) : ""),
  );
}

/** "4.1 Rule Adaptation" → label "4.1", title "Rule Adaptation"; unnumbered headings have no label. */
function heading(h: Element): string {
  const xml = inline(h.children).trim();
  const m = /^(\d+(?:\.\d+)*\.?)\s+/.exec(xml);
  return m?.[1] ? el("label", {}, m[1]) + el("title", {}, xml.slice(m[0].length)) : el("title", {}, xml);
}

interface Sec {
  depth: number;
  id: string;
  title: string;
  appendix: boolean;
  content: HtmlNode[];
  children: Sec[];
}

function secXml(sec: Sec, name: "sec" | "app"): string {
  return el(
    name,
    { id: xmlId(name === "app" ? "app" : "sec", sec.id) },
    [sec.title, blocks(sec.content), ...sec.children.map((c) => secXml(c, "sec"))].filter((x) => x !== "").join("\n"),
  );
}

function footnotes(section: Element): string {
  const items: Element[] = [];
  const walk = (n: HtmlNode) => {
    if (n.type !== "element") return;
    if (n.name === "li" && /^user-content-fn-/.test(attr(n, "id") ?? "")) items.push(n);
    else n.children.forEach(walk);
  };
  walk(section);
  if (items.length === 0) return "";
  const fns = items.map((li) => {
    const number = (attr(li, "id") ?? "").replace(/^user-content-fn-/, "");
    return el("fn", { id: xmlId("fn", number) }, el("label", {}, esc(number)) + blocks(li.children));
  });
  return el("fn-group", {}, el("title", {}, "Notes") + fns.join(""));
}

/**
 * Converts an article body, as the build renders it to HTML, to JATS: headings become nested
 * sections (the printed number as `<label>`), footnotes an `fn-group`, appendices an `app-group`,
 * tables `table-wrap`, formulas MathML in `inline-formula`/`disp-formula`. Working from the
 * rendered HTML means components used in the MDX (figures, data tables) arrive as the reader
 * sees them, with nothing for this converter to re-implement.
 */
export function htmlToJats(nodes: HtmlNode[]): JatsBody {
  const top: Sec = { depth: 1, id: "", title: "", appendix: false, content: [], children: [] };
  const stack: Sec[] = [top];
  let notes = "";
  for (const node of nodes) {
    if (node.type === "element" && node.attrs["data-footnotes"] !== undefined) {
      notes += footnotes(node);
      continue;
    }
    const depth = node.type === "element" ? /^h([2-6])$/.exec(node.name)?.[1] : undefined;
    if (node.type === "element" && depth !== undefined) {
      const d = Number(depth);
      while ((stack.at(-1)?.depth ?? 1) >= d) stack.pop();
      const parent = stack.at(-1) ?? top;
      const sec: Sec = {
        depth: d,
        id: attr(node, "id") ?? String(parent.children.length + 1),
        title: heading(node),
        appendix: parent === top && /^Appendi(x|ces)\b/i.test(textOf(node).trim()),
        content: [],
        children: [],
      };
      parent.children.push(sec);
      stack.push(sec);
      continue;
    }
    (stack.at(-1) ?? top).content.push(node);
  }
  const body = [blocks(top.content), ...top.children.filter((s) => !s.appendix).map((s) => secXml(s, "sec"))];
  const apps = top.children.filter((s) => s.appendix).map((s) => secXml(s, "app"));
  return {
    body: body.filter((x) => x !== "").join("\n"),
    footnotes: notes,
    appendices: apps.length > 0 ? el("app-group", {}, apps.join("\n")) : "",
  };
}
