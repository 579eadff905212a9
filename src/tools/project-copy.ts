/**
 * A copy of the project in another folder, to build there with other content or settings: its
 * code and settings copied, its installed packages linked. A build writes the project's `.astro`
 * folder, so a build with other content runs from a copy, never beside a dev server of the site.
 */
import { cpSync, symlinkSync } from "node:fs";
import { join } from "node:path";

const project = new URL("../../", import.meta.url).pathname;

/** Copies the project into `to`; with `content`, the site's content too (otherwise CABJ_CONTENT names it). */
export function copyProject(to: string, { content = false } = {}): void {
  for (const entry of [
    "astro.config.mjs",
    "tsconfig.json",
    "package.json",
    "src",
    "public",
    ...(content ? ["content"] : []),
  ])
    cpSync(join(project, entry), join(to, entry), { recursive: true });
  symlinkSync(join(project, "node_modules"), join(to, "node_modules"));
}
