import type { Element } from "hast";
import { defineHastPlugin } from "satteri";

/**
 * Every section heading of a text links to itself: an empty link after its words, shown as "#"
 * on hover and focus (reading.css), named for screen readers by the heading it belongs to.
 */
export const headingLinks = defineHastPlugin({
  name: "heading-links",
  element: {
    filter: ["h2", "h3", "h4"],
    visit(node, ctx) {
      const id = node.properties["id"];
      if (typeof id !== "string" || id === "") return;
      const link: Element = {
        type: "element",
        tagName: "a",
        properties: {
          className: ["self-link"],
          href: `#${id}`,
          ariaLabel: `Link to this section: ${ctx.textContent(node).trim()}`,
        },
        children: [],
      };
      ctx.appendChild(node, link);
    },
  },
});
