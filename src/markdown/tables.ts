import type { Element, ElementContent } from "hast";
import { defineHastPlugin } from "satteri";

/** "Table 1: Title" or "Table 1. Title", as the texts print a table's caption. */
export const tableCaption = /^Table (\d+)([.:])\s+/;

const isBlank = (n: ElementContent) => n.type === "text" && n.value.trim() === "";

/**
 * Tables numbered and linkable (`#table-1`), their printed caption in <caption>. The caption is
 * the paragraph printed just before or after the table that starts "Table N." or "Table N:"; N is
 * the table's id. A table printed without one is numbered by its place among the text's tables.
 * Each table scrolls in its own labelled region, reachable by keyboard, on a narrow screen.
 * Figures keep `#figure-N` (Figure.astro), so the two never share an id.
 */
export const numberedTables = defineHastPlugin({
  name: "numbered-tables",
  before(_, ctx) {
    ctx.data["numberedTables"] = { seen: new Set<number>(), count: 0 };
  },
  element: {
    filter: ["table"],
    visit(node, ctx) {
      const state = ctx.data["numberedTables"] as { seen: Set<number>; count: number };
      state.count += 1;
      const parent = ctx.parent(node);
      const index = ctx.indexOf(node) ?? -1;
      const siblings = parent.children as ElementContent[];
      const near = (step: -1 | 1) => {
        for (let i = index + step; i >= 0 && i < siblings.length; i += step) {
          const sibling = siblings[i];
          if (sibling && !isBlank(sibling)) return sibling;
        }
        return undefined;
      };
      const caption = [near(-1), near(1)].find(
        (n): n is Element => n?.type === "element" && n.tagName === "p" && tableCaption.test(ctx.textContent(n)),
      );
      const printed = caption ? tableCaption.exec(ctx.textContent(caption)) : null;
      const n = printed ? Number(printed[1]) : state.count;
      if (state.seen.has(n))
        throw new Error(`Table ${n}: two tables of this text would both be table ${n}; check their printed captions`);
      state.seen.add(n);
      const id = `table-${n}`;
      let rest: ElementContent[] = [];
      if (caption && printed) {
        const [first, ...others] = caption.children;
        rest =
          first?.type === "text"
            ? [{ type: "text", value: first.value.replace(tableCaption, "") }, ...others]
            : caption.children;
        ctx.removeNode(caption);
      }
      const label: ElementContent = {
        type: "element",
        tagName: "a",
        properties: { href: `#${id}` },
        children: [{ type: "text", value: `Table ${n}` }],
      };
      const captionEl: Element = {
        type: "element",
        tagName: "caption",
        properties: { id: `${id}-caption` },
        // The caption's text keeps its place while a wide table scrolls under it (global.css).
        children: [
          {
            type: "element",
            tagName: "span",
            properties: { className: ["caption-text"] },
            children: printed ? [label, { type: "text", value: `${printed[2]} ` }, ...rest] : [label],
          },
        ],
      };
      const table: Element = { ...node, children: [captionEl, ...node.children] };
      const wrap: Element = {
        type: "element",
        tagName: "div",
        properties: { className: ["table-wrap"], id, role: "region", tabIndex: 0, ariaLabelledBy: [`${id}-caption`] },
        children: [table],
      };
      ctx.replaceNode(node, wrap);
    },
  },
});
