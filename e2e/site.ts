import { HtmlValidate } from "html-validate";
import { readFileSync, readdirSync, statSync } from "node:fs";
import { join, relative } from "node:path";

/** The built site's folder. */
export const dist = new URL("../dist/", import.meta.url).pathname;

/** Every built HTML page, as a path below the site root ("issues/11-1/bang/"). */
export function builtPages(root = dist): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name === "index.html") pages.push(relative(root, dir).split("\\").join("/").replace(/(.)$/, "$1/"));
      else if (name === "404.html") pages.push("404.html");
    }
  };
  walk(root);
  return pages.sort();
}

/** The built HTML of a page listed by builtPages(). */
export function pageHtml(path: string, root = dist): string {
  return readFileSync(join(root, path === "404.html" ? "404.html" : `${path}index.html`), "utf8");
}

/** How many figure loaders a page carries: one for its charts, one for its explorer. */
export const figureLoaders = (path: string) => {
  const html = pageHtml(path);
  return (html.includes("data-chart=") ? 1 : 0) + (html.includes("data-explorer") ? 1 : 0);
};

/** html-validate with the rules every page of the site is held to. */
export const htmlValidator = () =>
  new HtmlValidate({
    extends: ["html-validate:recommended"],
    rules: {
      // Typographic quotes and apostrophes in the texts are as printed, not mistakes.
      "no-raw-characters": "off",
      // Astro writes void elements as <meta /> and <br />.
      "void-style": "off",
      // Long titles are the authors' titles.
      "long-title": "off",
      // Heading ids come from printed numbered headings ("1-introduction"); HTML allows them.
      "valid-id": ["error", { relaxed: true }],
    },
  });
