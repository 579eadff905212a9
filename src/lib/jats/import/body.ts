import katex from "katex";
import { all, child, flat, kids, textOf, type XNode } from "./tree";

/** What converting a body needs to know of the rest of the article, and where it reports. */
export interface BodyContext {
  /** `ref` id → its number in the reference list (1-based), as the page numbers them (#ref-N). */
  refs: Map<string, number>;
  /** `fn` id → the footnote label used in the Markdown (`[^label]`). */
  notes: Map<string, string>;
  /** A figure's image: the path the Markdown links, or undefined when the file is not there. */
  image(href: string): string | undefined;
  warn(message: string): void;
}

const escHtml = (s: string) =>
  s.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
/**
 * Text made literal in Markdown: every character that could start syntax is escaped, and so are
 * the quotes, dot runs and dash runs the typographer would otherwise turn into curly quotes,
 * ellipses and dashes (the text keeps its printed characters).
 */
const escMd = (s: string) =>
  s
    .replace(/\s+/g, " ")
    .replace(/[\\`*_[\]#~|$!"']/g, (c) => `\\${c}`)
    .replace(/\.{2,}|-{2,}/g, (run) => run.replace(/./g, (c) => `\\${c}`))
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;");

const safeHref = (href: string) => /^(https?:\/\/|mailto:)/i.test(href.trim());
const idAttr = (n: XNode) => (n.attrs["id"] ? ` id="${escHtml(n.attrs["id"])}"` : "");

/** A MathML element tree from JATS (`mml:` prefix) as HTML MathML. */
function mathml(n: XNode | string): string {
  if (typeof n === "string") return escHtml(n);
  const name = n.name.replace(/^mml:/, "");
  const attrs = Object.entries(n.attrs)
    .filter(([k]) => !k.startsWith("xmlns") && !k.includes(":"))
    .map(([k, v]) => ` ${k}="${escHtml(v)}"`)
    .join("");
  const ns = name === "math" ? ' xmlns="http://www.w3.org/1998/Math/MathML"' : "";
  return `<${name}${ns}${attrs}>${n.children.map(mathml).join("")}</${name}>`;
}

/** A formula as MathML: the MathML the file holds, else its LaTeX typeset by KaTeX. */
function formula(n: XNode, display: boolean, ctx: BodyContext): string | undefined {
  const math = all(n, "mml:math")[0] ?? all(n, "math")[0];
  if (math) {
    const html = mathml(math);
    return display ? html.replace(/^<math /, '<math display="block" ') : html;
  }
  const tex = all(n, "tex-math")[0];
  if (tex) {
    let source = textOf(tex).trim();
    // tex-math may hold a whole LaTeX document; the formula is what stands between \begin{document} and \end{document}.
    const doc = /\\begin\{document\}([\s\S]*)\\end\{document\}/.exec(source);
    if (doc?.[1]) source = doc[1].trim();
    // Delimiters belong to the document, not to the formula: $…$, $$…$$, \(…\), \[…\].
    for (const [open, close] of [
      ["$$", "$$"],
      ["$", "$"],
      ["\\(", "\\)"],
      ["\\[", "\\]"],
    ] as const)
      if (source.startsWith(open) && source.endsWith(close) && source.length > open.length + close.length)
        source = source.slice(open.length, -close.length).trim();
    try {
      return katex
        .renderToString(source, { output: "mathml", displayMode: display, throwOnError: true, strict: "ignore" })
        .replace(/<annotation [^>]*>[\s\S]*?<\/annotation>/g, "");
    } catch (error) {
      ctx.warn(
        `a LaTeX formula KaTeX cannot typeset (${String((error as Error).message).slice(0, 80)}); kept as its source`,
      );
      return `<code>${escHtml(source)}</code>`;
    }
  }
  return undefined;
}

type Mode = "md" | "html";

/** Phrasing content as Markdown (paragraphs) or as HTML (inside tables and captions). */
export function inline(nodes: (XNode | string)[], ctx: BodyContext, mode: Mode): string {
  return nodes.map((n) => inlineNode(n, ctx, mode)).join("");
}

function inlineNode(n: XNode | string, ctx: BodyContext, mode: Mode): string {
  if (typeof n === "string") return mode === "md" ? escMd(n) : escHtml(n.replace(/\s+/g, " "));
  const inner = () => inline(n.children, ctx, mode);
  const wrap = (md: string, tag: string) => {
    const content = inner();
    if (content.trim() === "") return content;
    return mode === "md" && md ? `${md}${content}${md}` : `<${tag}>${content}</${tag}>`;
  };
  switch (n.name) {
    // Emphasis as HTML even in Markdown: `value**.**` is not bold to a Markdown parser, <strong> always is.
    case "italic":
      return wrap("", "em");
    case "bold":
      return wrap("", "strong");
    case "sup":
      return wrap("", "sup");
    case "sub":
      return wrap("", "sub");
    case "monospace":
      return wrap("", "code");
    case "sc":
    case "underline":
    case "roman":
    case "sans-serif":
    case "named-content":
    case "styled-content":
    case "abbrev":
    case "span":
      return inner();
    case "break":
      return " ";
    case "inline-formula":
    case "mml:math":
    case "tex-math": {
      const math =
        n.name === "inline-formula" ? formula(n, false, ctx) : formula({ ...n, name: "x", children: [n] }, false, ctx);
      if (math !== undefined) return math;
      ctx.warn("an inline formula with neither MathML nor LaTeX; its text is kept");
      return inner();
    }
    case "xref":
      return xref(n, inner(), ctx, mode);
    case "ext-link":
    case "uri": {
      const href = n.attrs["xlink:href"] ?? textOf(n).trim();
      if (!safeHref(href)) {
        if (href) ctx.warn(`a link to "${href.slice(0, 60)}" that is not http, https or mailto: kept as text`);
        return inner();
      }
      return link(inner() || (mode === "md" ? escMd(href) : escHtml(href)), href, mode);
    }
    case "email": {
      const address = textOf(n).trim();
      return link(inner(), `mailto:${address}`, mode);
    }
    case "fn":
      return "";
    default:
      // Anything else inside a paragraph (an element this converter does not know) keeps its text.
      return inner();
  }
}

const link = (text: string, href: string, mode: Mode) =>
  mode === "md"
    ? `[${text.trim()}](<${href.replaceAll(" ", "%20").replaceAll(">", "%3E")}>)`
    : `<a href="${escHtml(href)}"${/^https?:/.test(href) ? ' rel="noopener noreferrer"' : ""}>${text}</a>`;

function xref(n: XNode, text: string, ctx: BodyContext, mode: Mode): string {
  const rids = (n.attrs["rid"] ?? "").split(/\s+/).filter(Boolean);
  const type = n.attrs["ref-type"];
  const rid = rids[0];
  if (!rid) return text;
  if (type === "bibr") {
    const number = ctx.refs.get(rid);
    if (number === undefined) return text;
    return link(text, `#ref-${number}`, mode);
  }
  if (type === "fn") {
    const label = ctx.notes.get(rid);
    // A note of the text: a footnote marker; the marker's printed text is the note's number.
    if (label !== undefined)
      return mode === "md" ? `[^${label}]` : `<sup><a href="#user-content-fn-${label}">${text}</a></sup>`;
    return mode === "md" ? link(text, `#${rid}`, mode) : `<a href="#${escHtml(rid)}">${text}</a>`;
  }
  if (["fig", "table", "disp-formula", "app", "sec", "boxed-text"].includes(type ?? ""))
    return mode === "md" ? link(text, `#${rid}`, mode) : `<a href="#${escHtml(rid)}">${text}</a>`;
  return text;
}

/** Elements that are blocks when they appear inside a paragraph. */
const blockNames = new Set([
  "list",
  "def-list",
  "table-wrap",
  "table-wrap-group",
  "fig",
  "fig-group",
  "disp-formula",
  "disp-quote",
  "boxed-text",
  "p",
  "sec",
  "graphic",
  "media",
  "supplementary-material",
  "code",
  "preformat",
  "verse-group",
  "statement",
  "speech",
]);

/** Block content as Markdown blocks. `depth` is the heading level of sections inside it. */
export function blocks(nodes: (XNode | string)[], ctx: BodyContext, depth: number): string[] {
  const out: string[] = [];
  let run: (XNode | string)[] = [];
  const flush = () => {
    const md = inline(run, ctx, "md").trim();
    if (md !== "") out.push(guardStart(md));
    run = [];
  };
  for (const n of nodes) {
    if (typeof n === "string" || !blockNames.has(n.name)) {
      run.push(n);
      continue;
    }
    flush();
    out.push(...block(n, ctx, depth));
  }
  flush();
  return out.filter((b) => b.trim() !== "");
}

/** A paragraph must not start with what Markdown reads as a list, heading or quotation. */
const guardStart = (md: string) => md.replace(/^(\d+)([.)])(\s)/, "$1\\$2$3").replace(/^([-+>=])/, "\\$1");

function block(n: XNode, ctx: BodyContext, depth: number): string[] {
  switch (n.name) {
    case "p":
      return blocks(n.children, ctx, depth);
    case "sec":
      return section(n, ctx, depth);
    case "list":
      return [list(n, ctx)];
    case "def-list":
      return [defList(n, ctx)];
    case "disp-quote":
      return [
        blocks(
          n.children.filter((c) => typeof c === "string" || c.name !== "attrib"),
          ctx,
          depth,
        )
          .concat(kids(n, "attrib").map((a) => `— ${inline(a.children, ctx, "md").trim()}`))
          .join("\n\n")
          .split("\n")
          .map((line) => (line === "" ? ">" : `> ${line}`))
          .join("\n"),
      ];
    case "disp-formula": {
      const math = formula(n, true, ctx);
      const label = child(n, "label");
      if (math === undefined) {
        ctx.warn(
          `a display formula${n.attrs["id"] ? ` (${n.attrs["id"]})` : ""} given only as an image; its label is kept`,
        );
        return [
          `<p${idAttr(n)} class="formula-missing">[A formula${label ? ` ${escHtml(flat(textOf(label)))}` : ""} printed as an image, which is not part of this archive.]</p>`,
        ];
      }
      return [
        `<div class="math-display"${idAttr(n)} tabindex="0">${math}${label ? ` <span class="formula-label">${escHtml(flat(textOf(label)))}</span>` : ""}</div>`,
      ];
    }
    case "table-wrap":
      return [tableWrap(n, ctx)];
    case "table-wrap-group":
    case "fig-group":
      return kids(n).flatMap((c) =>
        c.name === "table-wrap" || c.name === "fig"
          ? block(c, ctx, depth)
          : c.name === "caption"
            ? blocks(c.children, ctx, depth)
            : [],
      );
    case "fig":
      return figure(n, ctx);
    case "graphic":
      return figure({ name: "fig", attrs: n.attrs, children: [n] }, ctx);
    case "boxed-text":
    case "statement":
    case "verse-group":
    case "speech":
      return [
        ...kids(n, "title").map((t) => `**${inline(t.children, ctx, "md").trim()}**`),
        ...blocks(
          n.children.filter((c) => typeof c === "string" || c.name !== "title"),
          ctx,
          depth,
        ),
      ];
    case "code":
    case "preformat":
      return [`<pre>${escHtml(textOf(n))}</pre>`];
    default:
      return blocks(n.children, ctx, depth);
  }
}

/** A section: its heading (the label and title as printed), then its content and subsections. */
export function section(n: XNode, ctx: BodyContext, depth: number): string[] {
  const label = child(n, "label");
  const title = child(n, "title");
  const heading = [
    label ? inline(label.children, ctx, "md").trim() : "",
    title ? inline(title.children, ctx, "md").trim() : "",
  ]
    .filter(Boolean)
    .join(" ");
  const rest = n.children.filter((c) => typeof c === "string" || (c.name !== "label" && c.name !== "title"));
  const level = Math.min(depth, 6);
  return [...(heading ? [`${"#".repeat(level)} ${heading}`] : []), ...blocks(rest, ctx, heading ? depth + 1 : depth)];
}

function list(n: XNode, ctx: BodyContext): string {
  const type = n.attrs["list-type"] ?? "bullet";
  const items = kids(n, "list-item");
  const html = (i: XNode) =>
    blocks(
      i.children.filter((c) => typeof c === "string" || c.name !== "label"),
      ctx,
      6,
    )
      .join("\n\n")
      .split("\n")
      .join("\n   ");
  if (type === "order") return items.map((i, k) => `${k + 1}. ${html(i)}`).join("\n");
  if (["alpha-lower", "alpha-upper", "roman-lower", "roman-upper"].includes(type)) {
    const t = { "alpha-lower": "a", "alpha-upper": "A", "roman-lower": "i", "roman-upper": "I" }[type];
    return `<ol type="${t}">${items.map((i) => `<li>${blocksHtml(i.children, ctx)}</li>`).join("")}</ol>`;
  }
  // Bullets, "simple" lists and lists whose items carry their own printed labels.
  return items
    .map((i) => {
      const label = child(i, "label");
      return `- ${label ? `${inline(label.children, ctx, "md").trim()} ` : ""}${html(i)}`;
    })
    .join("\n");
}

function defList(n: XNode, ctx: BodyContext): string {
  return `<dl>${kids(n, "def-item")
    .map(
      (item) =>
        kids(item, "term")
          .map((t) => `<dt>${inline(t.children, ctx, "html").trim()}</dt>`)
          .join("") +
        kids(item, "def")
          .map((d) => `<dd>${blocksHtml(d.children, ctx)}</dd>`)
          .join(""),
    )
    .join("")}</dl>`;
}

/** Block content as HTML, for inside raw HTML blocks (tables, captions, definition lists). */
function blocksHtml(nodes: (XNode | string)[], ctx: BodyContext): string {
  const ps = nodes.filter((c): c is XNode => typeof c !== "string" && c.name === "p");
  if (ps.length === 0) return inline(nodes, ctx, "html").trim();
  return nodes
    .map((c) =>
      typeof c === "string"
        ? c.trim()
          ? escHtml(c)
          : ""
        : c.name === "p"
          ? `<p>${inline(c.children, ctx, "html").trim()}</p>`
          : inline([c], ctx, "html"),
    )
    .join("");
}

const labelAndCaption = (n: XNode, ctx: BodyContext) => {
  const label = child(n, "label");
  const caption = child(n, "caption");
  const title = child(caption, "title");
  const paras = kids(caption, "p");
  const parts = [
    label ? `<strong>${inline(label.children, ctx, "html").trim()}</strong>` : "",
    title ? inline(title.children, ctx, "html").trim() : "",
    ...paras.map((p) => inline(p.children, ctx, "html").trim()),
  ].filter(Boolean);
  return parts.join(" ");
};

function tableWrap(n: XNode, ctx: BodyContext): string {
  const tables = all(n, "table");
  const caption = labelAndCaption(n, ctx);
  if (tables.length === 0) {
    const graphic = all(n, "graphic")[0];
    if (graphic) return figure({ ...n, name: "fig" }, ctx).join("\n\n");
    ctx.warn(`a table${n.attrs["id"] ? ` (${n.attrs["id"]})` : ""} without cells`);
  }
  // A header cell says what it heads (scope): the columns in a table head, its row elsewhere.
  // Alignment is a class, as in the site's Markdown tables: the policy forbids inline styles.
  const cell = (c: XNode, inHead: boolean) => {
    const scope =
      c.name === "th" ? (c.attrs["scope"] ?? (inHead ? (c.attrs["colspan"] ? "colgroup" : "col") : "row")) : undefined;
    const align = /^(left|right|center)$/.exec(c.attrs["align"] ?? "")?.[1];
    const attrs = [
      ...["colspan", "rowspan"].filter((a) => /^\d+$/.test(c.attrs[a] ?? "")).map((a) => ` ${a}="${c.attrs[a] ?? ""}"`),
      scope ? ` scope="${escHtml(scope)}"` : "",
      align ? ` class="align-${align}"` : "",
    ].join("");
    const content = blocksHtml(c.children, ctx);
    // An empty header cell heads nothing: it is an empty data cell.
    if (c.name === "th" && content.trim() === "") return `<td${attrs.replace(/ scope="[^"]*"/, "")}></td>`;
    return `<${c.name}${attrs}>${content}</${c.name}>`;
  };
  const row = (tr: XNode, inHead = false) =>
    `<tr>${kids(tr)
      .filter((c) => c.name === "td" || c.name === "th")
      .map((c) => cell(c, inHead))
      .join("")}</tr>`;
  const tableHtml = tables
    .map((t) => {
      const parts = kids(t).filter((p) => ["thead", "tbody", "tfoot", "tr"].includes(p.name));
      const head = parts.filter((p) => p.name === "thead");
      const foot = parts.filter((p) => p.name === "tfoot");
      const body = parts.filter((p) => p.name === "tbody");
      const loose = parts.filter((p) => p.name === "tr");
      return `<table>${head
        .map(
          (h) =>
            `<thead>${kids(h, "tr")
              .map((r) => row(r, true))
              .join("")}</thead>`,
        )
        .join("")}${[...body, ...(loose.length > 0 ? [{ name: "tbody", attrs: {}, children: loose }] : [])]
        .map(
          (b) =>
            `<tbody>${kids(b, "tr")
              .map((r) => row(r))
              .join("")}</tbody>`,
        )
        .join("")}${foot
        .map(
          (f) =>
            `<tfoot>${kids(f, "tr")
              .map((r) => row(r))
              .join("")}</tfoot>`,
        )
        .join("")}</table>`;
    })
    .join("");
  const foot = child(n, "table-wrap-foot");
  const notes = foot
    ? kids(foot)
        .flatMap((c) => (c.name === "fn-group" ? kids(c, "fn") : [c]))
        .map((c) => {
          if (c.name === "fn") {
            const label = child(c, "label");
            const body = c.children.filter((x) => typeof x === "string" || x.name !== "label");
            return `<p${idAttr(c)}>${label ? `<sup>${inline(label.children, ctx, "html").trim()}</sup> ` : ""}${blocksHtml(body, ctx).replace(/^<p>|<\/p>$/g, "")}</p>`;
          }
          if (c.name === "p" || c.name === "attrib") return `<p>${inline(c.children, ctx, "html").trim()}</p>`;
          if (c.name === "title") return `<p><strong>${inline(c.children, ctx, "html").trim()}</strong></p>`;
          return `<p>${inline(c.children, ctx, "html").trim()}</p>`;
        })
        .join("")
    : "";
  // One line: a blank line would end the HTML block and hand the rest to Markdown.
  return `<figure class="table-figure"${idAttr(n)}>${caption ? `<figcaption>${caption}</figcaption>` : ""}<div class="table-scroll">${tableHtml}</div>${notes ? `<div class="table-notes">${notes}</div>` : ""}</figure>`.replace(
    /\n/g,
    " ",
  );
}

function figure(n: XNode, ctx: BodyContext): string[] {
  const caption = labelAndCaption(n, ctx);
  const graphics = all(n, "graphic");
  const alt =
    flat(textOf(child(n, "alt-text"))) ||
    flat(textOf(child(child(n, "caption"), "title"))) ||
    flat(textOf(child(n, "label"))) ||
    "Figure";
  const images = graphics.map((g) => ({
    href: g.attrs["xlink:href"] ?? "",
    path: ctx.image(g.attrs["xlink:href"] ?? ""),
  }));
  const missing = images.filter((i) => i.path === undefined);
  for (const m of missing)
    ctx.warn(
      `the image "${m.href}" of ${flat(textOf(child(n, "label"))) || "a figure"} is not beside the XML: the page shows its caption and a note`,
    );
  const shown = images.filter((i) => i.path !== undefined);
  const note =
    missing.length > 0 || graphics.length === 0
      ? `<p class="figure-missing">[The image of this figure is not part of this archive.]</p>`
      : "";
  const figcaption = caption ? `<figcaption>${caption}</figcaption>` : "";
  if (shown.length === 0) return [`<figure class="imported-figure"${idAttr(n)}>${note}${figcaption}</figure>`];
  return [
    `<figure class="imported-figure"${idAttr(n)}>${note}`,
    ...shown.map((i) => `![${escMd(alt)}](<${i.path ?? ""}>)`),
    `${figcaption}</figure>`,
  ];
}
