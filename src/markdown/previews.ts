import type { Element, ElementContent, Parents, Root, RootContent, Text } from "hast";
import { defineHastPlugin } from "satteri";
import { linkify } from "../lib/linkify";
import { footnoteSections } from "./footnotes";
import { citationCorrections, findCitations, type CitableReference } from "./citations";
import {
  citedId,
  findAuthorYear,
  namesLabel,
  sortWorks,
  type CitedWork,
  type WorkCited,
} from "../lib/scholarly/author-year";

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
      // Copies, not the note's own nodes: what later passes do to the note must not reach its preview.
      .map((n): ElementContent => {
        if (n.type === "element") return { ...n, children: strip(n.children) };
        return n.type === "text" ? { type: "text", value: n.value } : n;
      });
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

/** The misprinted citations the front matter corrects (`printedErrors`). */
function frontmatterCorrections(data: Record<string, unknown>): Map<string, string> {
  const astro = data["astro"] as { frontmatter?: { printedErrors?: unknown } } | undefined;
  const list = astro?.frontmatter?.printedErrors;
  if (!Array.isArray(list)) return new Map();
  return citationCorrections(
    list.filter(
      (e: unknown): e is { printed: string; correct: string } =>
        typeof e === "object" &&
        e !== null &&
        typeof (e as { printed?: unknown }).printed === "string" &&
        typeof (e as { correct?: unknown }).correct === "string",
    ),
  );
}

interface PreviewState {
  notes: Map<string, ElementContent[]>;
  references: { text: string; ref: CitableReference }[];
  corrections: Map<string, string>;
  count: number;
  /** Author–year citations of a text that prints no reference list, by work. */
  works: Map<string, WorkCited>;
  /** Citations that name no printed reference, in order. */
  unmatched: string[];
  /** For each work cited (by key), the heading of the section of each place it is cited, in order. */
  places: Map<string, string[]>;
  /** The heading (h2–h4) of the section the visitors have reached: "the opening" before the first. */
  section: string;
}

/** Whether a node lies in an element whose citations are not linked (`skipped`, or a preview). */
function excluded(node: Node, ctx: { parent(n: Node): Readonly<Parents> | undefined }): boolean {
  for (let up = ctx.parent(node); up; up = up.type === "root" ? undefined : ctx.parent(up))
    if (up.type === "element" && (skipped.has(up.tagName) || classesOf(up).includes("preview"))) return true;
  return false;
}

const textOf = (n: Node): string => (n.type === "text" ? n.value : children(n).map(textOf).join(""));

/** Tags inside which a citation is not linked: links, buttons, code, headings, maths, previews. */
const skipped = new Set(["a", "button", "code", "h1", "h2", "h3", "h4", "h5", "h6", "math"]);

/** An element's classes, however the tree holds them (a list, or a string). */
const classesOf = (node: Element): string[] => {
  const value = node.properties["className"];
  return Array.isArray(value) ? value.map(String) : String(value ?? "").split(/\s+/);
};

const workLabel = (work: CitedWork) => `${namesLabel(work)} (${work.year})`;

/** "Works cited in the text": every author–year citation of a text without a printed reference list. */
function worksCitedSection(works: WorkCited[], places: Map<string, string[]>): Element {
  return el("section", { className: ["works-cited"], ariaLabelledBy: ["works-cited"] }, [
    el("h2", { id: "works-cited" }, [text("Works cited in the text")]),
    el("p", { className: ["meta"] }, [
      text(
        "The source prints no reference list for this article. These are the works its text cites by author and year, as it names them, with links to the sections where they are cited.",
      ),
    ]),
    el(
      "ul",
      { className: ["works-cited-list"] },
      works.map(({ work, count }) =>
        el("li", { id: citedId(work) }, [
          text(`${workLabel(work)}: cited in `),
          ...Array.from({ length: count }, (_, i): ElementContent[] => {
            // Where it is cited: the section, numbered when the work is cited there more than once.
            const sections = places.get(work.key) ?? [];
            const section = sections[i] ?? `place ${i + 1}`;
            const nth = sections.slice(0, i + 1).filter((p) => p === section).length;
            const label = nth > 1 ? `${section} (${nth})` : section;
            return [
              ...(i > 0 ? [text("; ")] : []),
              el("a", { href: `#${citedId(work, i + 1)}`, ariaLabel: `${workLabel(work)} in ${label}` }, [text(label)]),
            ];
          }).flat(),
        ]),
      ),
    ),
  ]);
}

/** Citations that name no entry of the printed reference list: listed, never dropped. */
function unmatchedSection(unmatched: string[]): Element {
  return el("section", { className: ["unmatched-citations"], ariaLabelledBy: ["unmatched-citations"] }, [
    el("h2", { id: "unmatched-citations" }, [text("Citations not in the reference list")]),
    el("p", { className: ["meta"] }, [
      text("The text cites these works, but the printed reference list has no entry that matches them:"),
    ]),
    el(
      "ul",
      {},
      unmatched.map((cite, i) => el("li", {}, [el("a", { href: `#unmatched-${i + 1}` }, [text(`(${cite})`)])])),
    ),
  ]);
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
    footnoteSections(root).forEach(walk);
    const references = frontmatterReferences(ctx.data);
    const state: PreviewState = {
      notes,
      references,
      corrections: frontmatterCorrections(ctx.data),
      count: 0,
      works: new Map(),
      unmatched: [],
      places: new Map(),
      section: "the opening",
    };
    ctx.data["notePreviews"] = state;
  },
  element: {
    // The visitors meet the nodes in document order, all found before any is replaced: a heading
    // comes before the text of its section.
    filter: ["sup", "a", "h2", "h3", "h4"],
    visit(node, ctx) {
      if (/^h[2-4]$/.test(node.tagName)) {
        // The section where the citations that follow are cited (worksCitedSection).
        if (!excluded(node, ctx)) (ctx.data["notePreviews"] as PreviewState).section = textOf(node).trim();
        return;
      }
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
    const state = ctx.data["notePreviews"] as PreviewState;
    if (excluded(node, ctx)) return;
    const replaced =
      state.references.length > 0 ? linkReferences(node.value, state) : linkWorksCited(node.value, state);
    if (replaced) ctx.replaceNode(node, replaced);
  },
  after(root, ctx) {
    const state = ctx.data["notePreviews"] as PreviewState;
    if (state.references.length === 0 && state.works.size > 0)
      ctx.appendChild(root, worksCitedSection(sortWorks([...state.works.values()]), state.places));
    if (state.unmatched.length > 0) ctx.appendChild(root, unmatchedSection(state.unmatched));
  },
});

/** A text with a printed reference list: each citation opens its reference; one that names none is marked. */
function linkReferences(value: string, state: PreviewState): ElementContent[] | undefined {
  const segments = findCitations(
    value,
    state.references.map((r) => r.ref),
    state.corrections,
  );
  if (segments.length === 1 && "text" in segments[0]!) return undefined;
  return segments.flatMap((s): ElementContent[] => {
    if ("text" in s) return [text(s.text)];
    if ("unmatched" in s) {
      state.unmatched.push(s.unmatched);
      return [
        el("span", { id: `unmatched-${state.unmatched.length}`, className: ["unmatched-citation"] }, [
          text(s.unmatched),
        ]),
      ];
    }
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
  });
}

/** A text without a reference list: each author–year citation opens its entry of "Works cited in the text". */
function linkWorksCited(value: string, state: PreviewState): ElementContent[] | undefined {
  const segments = findAuthorYear(value);
  if (segments.length === 1 && "text" in segments[0]!) return undefined;
  return segments.flatMap((s): ElementContent[] => {
    if ("text" in s) return [text(s.text)];
    const entry = state.works.get(s.work.key) ?? { work: s.work, count: 0 };
    entry.count += 1;
    state.works.set(s.work.key, entry);
    state.places.set(s.work.key, [...(state.places.get(s.work.key) ?? []), state.section]);
    state.count += 1;
    const p = preview({
      id: `preview-cite-${state.count}`,
      href: `#${citedId(s.work)}`,
      label: `Works cited: ${workLabel(s.work)}`,
      shown: s.cite,
      content: [
        el("span", { className: ["preview-paragraph"] }, [text(workLabel(s.work))]),
        el("span", { className: ["preview-paragraph", "meta"] }, [
          text("The source prints no reference list; this work is listed under “Works cited in the text”."),
        ]),
      ],
      link: {},
    });
    return [el("span", { id: citedId(s.work, entry.count), className: ["cited"] }, p.marker), p.popover];
  });
}
