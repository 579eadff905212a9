import type { Element, ElementContent, Parents, Root, RootContent, Text } from "hast";
import { defineHastPlugin } from "satteri";
import { linkify } from "../lib/linkify";
import { findCitations, type CitableReference } from "./citations";

const el = (tagName: string, properties: Element["properties"], children: ElementContent[]): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): Text => ({ type: "text", value });

/**
 * A marker that opens a preview in place, with no script: a `popover` opened by a button's
 * `popovertarget`. The plain link it replaces stays, for browsers without popovers and for paper
 * (reading.css shows one or the other). The popover is light-dismissed and closed by Escape;
 * the button reports it expanded; the preview is a labelled note.
 */
function preview(options: {
  id: string;
  href: string;
  label: string;
  shown: string;
  content: ElementContent[];
  link: Element["properties"];
}) {
  return {
    marker: [
      el("a", { ...options.link, href: options.href, className: ["preview-fallback"] }, [text(options.shown)]),
      el(
        "button",
        { type: "button", className: ["preview-toggle"], popoverTarget: options.id, ariaLabel: `${options.label}` },
        [text(options.shown)],
      ),
    ],
    popover: el(
      "span",
      { popover: "auto", id: options.id, className: ["preview"], role: "note", ariaLabel: options.label },
      [
        ...options.content,
        el(
          "button",
          { type: "button", className: ["preview-close"], popoverTarget: options.id, popoverTargetAction: "hide" },
          [text("Close")],
        ),
      ],
    ),
  };
}

type Node = Root | RootContent;
const children = (n: Node): RootContent[] => ("children" in n ? n.children : []);

/** The phrasing content of a footnote, without its back-link; paragraphs kept apart as blocks. */
function noteContent(li: Element): ElementContent[] {
  const strip = (nodes: ElementContent[]): ElementContent[] =>
    nodes
      .filter((n) => !(n.type === "element" && n.properties["dataFootnoteBackref"] !== undefined))
      .map((n) => (n.type === "element" ? { ...n, children: strip(n.children) } : n));
  return li.children.flatMap((c): ElementContent[] =>
    c.type === "element" && c.tagName === "p"
      ? [el("span", { className: ["preview-paragraph"] }, strip(c.children))]
      : c.type === "text" && c.value.trim() === ""
        ? []
        : strip([c]),
  );
}

/** The references printed in the front matter, in the shape citations are matched on. */
function frontmatterReferences(data: Record<string, unknown>): { text: string; ref: CitableReference }[] {
  const astro = data["astro"] as { frontmatter?: { references?: unknown } } | undefined;
  const list = astro?.frontmatter?.references;
  if (!Array.isArray(list)) return [];
  return list.flatMap((r: unknown) => {
    if (typeof r !== "object" || r === null || typeof (r as { text?: unknown }).text !== "string") return [];
    const { text: t, authors, year } = r as { text: string; authors?: unknown; year?: unknown };
    return [
      {
        text: t,
        ref: {
          authors: Array.isArray(authors) ? authors.filter((a): a is string => typeof a === "string") : undefined,
          year: typeof year === "string" ? year : undefined,
        },
      },
    ];
  });
}

const refLink = (value: string): ElementContent[] =>
  linkify(value).map((s) =>
    "url" in s
      ? el("a", { href: s.url.replaceAll(" ", "%20"), rel: ["noopener", "noreferrer"] }, [text(s.url)])
      : text(s.text),
  );

/**
 * A link to a printed reference (`[1](#ref-1)`, as imported JATS writes an in-text citation)
 * opens the reference in place, like an author-date citation.
 */
function citationLink(
  node: Element,
  ctx: {
    data: Record<string, unknown>;
    textContent(n: Element): string;
    replaceNode(n: Element, r: ElementContent[]): void;
  },
) {
  const href = String(node.properties["href"] ?? "");
  const number = /^#ref-(\d+)$/.exec(href)?.[1];
  const classes = node.properties["className"];
  if (!number || (Array.isArray(classes) && classes.includes("preview-fallback"))) return;
  const state = ctx.data["notePreviews"] as { references: { text: string }[]; count: number };
  const reference = state.references[Number(number) - 1];
  if (!reference) throw new Error(`A citation links ${href}, but the text has no reference ${number}`);
  state.count += 1;
  const shown = ctx.textContent(node);
  const p = preview({
    id: `preview-cite-${state.count}`,
    href,
    label: `Reference ${number}`,
    shown,
    content: refLink(reference.text),
    link: {},
  });
  // The marker keeps the citation's own formatting (a superscript number stays one).
  const [fallback, button] = p.marker;
  if (fallback && button) {
    fallback.children = structuredClone(node.children);
    button.children = structuredClone(node.children);
  }
  ctx.replaceNode(node, [...p.marker, p.popover]);
}

/**
 * Previews without script: each footnote marker, and each author-date citation of a printed
 * reference, opens the note or the reference in place. References are the ones in the text's
 * front matter, whose list the page numbers `#ref-1`, `#ref-2` … (References.astro).
 */
export const notePreviews = defineHastPlugin({
  name: "note-previews",
  before(root, ctx) {
    const notes = new Map<string, ElementContent[]>();
    const walk = (n: Node) => {
      if (n.type === "element" && n.tagName === "li" && /^user-content-fn-/.test(String(n.properties["id"] ?? "")))
        notes.set(String(n.properties["id"]), noteContent(n));
      else children(n).forEach(walk);
    };
    walk(root);
    ctx.data["notePreviews"] = { notes, references: frontmatterReferences(ctx.data), count: 0 };
  },
  element: {
    filter: ["sup", "a"],
    visit(node, ctx) {
      if (node.tagName === "a") {
        citationLink(node, ctx);
        return;
      }
      const link = node.children.find(
        (c): c is Element => c.type === "element" && c.tagName === "a" && c.properties["dataFootnoteRef"] !== undefined,
      );
      if (!link) return;
      const state = ctx.data["notePreviews"] as { notes: Map<string, ElementContent[]> };
      const target = String(link.properties["href"] ?? "").replace(/^#/, "");
      const content = state.notes.get(target);
      const refId = String(link.properties["id"] ?? "");
      if (!content || refId === "") throw new Error(`Footnote ${target}: the note it points to is missing`);
      const number = ctx.textContent(link);
      const { id: _id, href: _href, ...linkProps } = link.properties;
      const p = preview({
        id: `preview-${refId}`,
        href: `#${target}`,
        label: `Note ${number}`,
        shown: number,
        content,
        link: linkProps,
      });
      // The back-link from the note lands on the marker, whichever form of it is shown.
      ctx.replaceNode(node, [el("sup", { id: refId, className: ["preview-anchor"] }, p.marker), p.popover]);
    },
  },
  text(node, ctx) {
    const state = ctx.data["notePreviews"] as { references: { text: string; ref: CitableReference }[]; count: number };
    if (state.references.length === 0) return;
    for (
      let up: Readonly<Parents> | undefined = ctx.parent(node);
      up;
      up = up.type === "root" ? undefined : ctx.parent(up)
    )
      if (up.type === "element" && ["a", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6"].includes(up.tagName))
        return;
    const segments = findCitations(
      node.value,
      state.references.map((r) => r.ref),
    );
    if (segments.length === 1 && "text" in segments[0]!) return;
    ctx.replaceNode(
      node,
      segments.flatMap((s): ElementContent[] => {
        if ("text" in s) return [text(s.text)];
        state.count += 1;
        const reference = state.references[s.ref];
        const p = preview({
          id: `preview-cite-${state.count}`,
          href: `#ref-${s.ref + 1}`,
          label: `Reference: ${s.cite}`,
          shown: s.cite,
          content: refLink(reference?.text ?? ""),
          link: {},
        });
        return [...p.marker, p.popover];
      }),
    );
  },
});
