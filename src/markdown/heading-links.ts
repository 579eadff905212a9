import type { Element } from "hast";
import Slugger from "github-slugger";
import { defineHastPlugin } from "satteri";

/**
 * Every section heading of a text links to itself: its words become the link, so its name stays
 * the heading's, and a "#" after them shows on hover and focus (global.css). Headings get their
 * ids here as Astro would give them (github-slugger over the heading's text, in document order,
 * an id already set kept), since Astro's own pass runs after this one.
 */
export const headingLinks = defineHastPlugin({
  name: "heading-links",
  before(_root, ctx) {
    ctx.data["headingSlugger"] = new Slugger();
  },
  element: {
    filter: ["h1", "h2", "h3", "h4", "h5", "h6"],
    visit(node, ctx) {
      const existing = node.properties["id"];
      const id =
        typeof existing === "string" ? existing : (ctx.data["headingSlugger"] as Slugger).slug(ctx.textContent(node));
      if (!["h2", "h3", "h4"].includes(node.tagName)) {
        if (typeof existing !== "string") ctx.setProperty(node, "id", id);
        return;
      }
      if (node.children.some((c) => c.type === "element" && c.tagName === "a")) return;
      const link: Element = {
        type: "element",
        tagName: "a",
        properties: { className: ["self-link"], href: `#${id}` },
        children: node.children,
      };
      ctx.replaceNode(node, { ...node, properties: { ...node.properties, id }, children: [link] });
    },
  },
});
