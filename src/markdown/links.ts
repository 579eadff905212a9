import { defineHastPlugin } from "satteri";

/** What a link in a text's body is: inside the site, outside it, or not allowed at all. */
export function linkKind(href: string): "internal" | "external" | "forbidden" {
  if (/^(https?:)?\/\//i.test(href)) return "external";
  if (/^mailto:/i.test(href)) return "internal";
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return "forbidden";
  return "internal";
}

/**
 * Links in a text's body: those leaving the site get rel="noopener noreferrer"; a scheme other than
 * http, https or mailto (javascript:, data:, …) fails the build, naming the file.
 */
export const safeLinks = defineHastPlugin({
  name: "safe-links",
  element: {
    filter: ["a"],
    visit(node, ctx) {
      const href = node.properties["href"];
      if (typeof href !== "string") return;
      const kind = linkKind(href);
      if (kind === "forbidden")
        throw new Error(
          `${ctx.fileURL?.pathname ?? "a text"}: a link to "${href}": expected an http, https or mailto address`,
        );
      if (kind === "external") ctx.setProperty(node, "rel", ["noopener", "noreferrer"]);
    },
  },
});
