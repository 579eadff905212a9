import { defineHastPlugin } from "satteri";

/** The printed number of a footnote whose label is a number (`[^3]`) or a letter (`[^a]`), from its link target. */
export function printedNumber(href: unknown): string | undefined {
  return typeof href === "string" ? /^#user-content-fn-(\d+|[a-z]{1,2})$/.exec(href)?.[1] : undefined;
}

/**
 * Footnotes keep their printed numbers. GFM numbers notes 1, 2, 3 in order of reference; in
 * print a note may be 2 because note 1 sits on the author line, so a numeric label (`[^2]`) is
 * the number shown. The list's heading is visible, as "Notes".
 */
export const printedFootnoteNumbers = defineHastPlugin({
  name: "printed-footnote-numbers",
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
        ctx.replaceNode(node, {
          type: "element",
          tagName: "h2",
          properties: { id: "footnote-label" },
          children: [{ type: "text", value: "Notes" }],
        });
      }
    },
  },
});
