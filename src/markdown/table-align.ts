import { defineHastPlugin } from "satteri";

/** The alignment a GFM table cell asks for in its style attribute, if any. */
export function cellAlignment(style: unknown): "left" | "center" | "right" | undefined {
  const match = typeof style === "string" ? /text-align:\s*(left|center|right)/.exec(style) : null;
  return (match?.[1] as "left" | "center" | "right" | undefined) ?? undefined;
}

/**
 * GFM column alignment becomes a class: an inline style attribute would break the Content
 * Security Policy, which allows no inline styles.
 */
export const tableAlignClasses = defineHastPlugin({
  name: "table-align-classes",
  element: {
    filter: ["th", "td"],
    visit(node, ctx) {
      const align = cellAlignment(node.properties["style"]);
      if (!align) return;
      const { style: _style, ...rest } = node.properties;
      const className = [...(Array.isArray(rest["className"]) ? rest["className"] : []), `align-${align}`];
      ctx.replaceNode(node, { ...node, properties: { ...rest, className } });
    },
  },
});
