import { readdirSync, statSync } from "node:fs";
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
