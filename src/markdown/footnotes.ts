import type { Root, RootContent } from "hast";
import { defineHastPlugin } from "satteri";

/** The printed number of a footnote whose label is a number (`[^3]`) or a letter (`[^a]`), from its link target. */
export function printedNumber(href: unknown): string | undefined {
  return typeof href === "string" ? /^#user-content-fn-(\d+|[a-z]{1,2})$/.exec(href)?.[1] : undefined;
}

/**
 * The footnote sections of a body: GFM appends its one section to the root, so only the root's
 * children are looked at, not every node of the text (each node looked at from a plugin is
 * copied out of the Markdown processor); the whole tree only when no section is found there.
 */
export function footnoteSections(root: Root): (Root | RootContent)[] {
  const top = root.children.filter((n) => n.type === "element" && n.properties["dataFootnotes"] !== undefined);
  return top.length > 0 ? top : [root];
}

/**
 * Footnotes keep their printed numbers. GFM numbers notes 1, 2, 3 in order of reference; in
 * print a note may be 2 because note 1 sits on the author line, so a numeric label (`[^2]`) is
 * the number shown. The list's heading is visible, as "Notes". When the first note is not 1, a
 * line under the heading says why: note 1 is the author note, printed on the author line.
 */
export const printedFootnoteNumbers = defineHastPlugin({
  name: "printed-footnote-numbers",
  before(root, ctx) {
    const numbers: number[] = [];
    const walk = (n: Root | RootContent) => {
      if (n.type === "element" && n.tagName === "li") {
        const number = /^user-content-fn-(\d+)$/.exec(String(n.properties["id"] ?? ""))?.[1];
        if (number) numbers.push(Number(number));
      }
      if ("children" in n) n.children.forEach(walk);
    };
    footnoteSections(root).forEach(walk);
    const astro = ctx.data["astro"] as { frontmatter?: { authorNote?: unknown } } | undefined;
    ctx.data["firstNote"] = {
      first: numbers.length > 0 ? Math.min(...numbers) : 1,
      authorNote: typeof astro?.frontmatter?.authorNote === "string",
    };
  },
  element: {
    filter: ["a", "li", "h2"],
    visit(node, ctx) {
      const props = node.properties;
      if (node.tagName === "a" && props["dataFootnoteRef"] !== undefined) {
        const number = printedNumber(props["href"]);
        if (number) ctx.replaceNode(node, { ...node, children: [{ type: "text", value: number }] });
      } else if (node.tagName === "a" && props["dataFootnoteBackref"] !== undefined) {
        const number = /^#user-content-fnref-(\d+|[a-z]{1,2})$/.exec(String(props["href"] ?? ""))?.[1];
        if (number) ctx.setProperty(node, "ariaLabel", `Back to reference ${number}`);
      } else if (node.tagName === "li") {
        const number = /^user-content-fn-(\d+)$/.exec(String(props["id"] ?? ""))?.[1];
        if (number) ctx.setProperty(node, "value", Number(number));
      } else if (node.tagName === "h2" && props["id"] === "footnote-label") {
        const { first, authorNote } = ctx.data["firstNote"] as { first: number; authorNote: boolean };
        const heading = {
          type: "element" as const,
          tagName: "h2",
          properties: { id: "footnote-label" },
          children: [{ type: "text" as const, value: "Notes" }],
        };
        if (first <= 1) ctx.replaceNode(node, heading);
        else
          ctx.replaceNode(node, [
            heading,
            {
              type: "element",
              tagName: "p",
              properties: { className: ["meta", "notes-numbering"] },
              children: authorNote
                ? [
                    { type: "text", value: `The notes are numbered as printed, from ${first}: note 1 is the ` },
                    {
                      type: "element",
                      tagName: "a",
                      properties: { href: "#author-note" },
                      children: [{ type: "text", value: "author note" }],
                    },
                    { type: "text", value: " under the authors’ names." },
                  ]
                : [
                    {
                      type: "text",
                      value: `The notes are numbered as printed, from ${first}; the source prints no note 1.`,
                    },
                  ],
            },
          ]);
      }
    },
  },
});
