import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

/**
 * The origin the site is served from ("https://library.example.edu"), as absolute URLs need it:
 * the build variable CABJ_SITE when set, else the `site` field of the content's journal.yaml,
 * else none. Without an origin the build still works, but writes no absolute URL of its own.
 */
export interface SiteOrigin {
  origin: string | undefined;
  /** Where the origin came from, for the build's messages. */
  from: "CABJ_SITE" | "journal.yaml" | undefined;
}

/** Checks that `value` is an http(s) origin, naming `where` it came from when it is not. */
export function parseOrigin(value: string, where: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(
      `${where}: expected the site's origin, such as https://library.example.edu, got ${JSON.stringify(value)}`,
    );
  }
  if (!/^https?:$/.test(url.protocol) || url.pathname !== "/" || url.search !== "" || url.hash !== "")
    throw new Error(
      `${where}: expected an http or https origin without a path (the path goes in CABJ_BASE), got ${JSON.stringify(value)}`,
    );
  return url.origin;
}

/** The origin from the build variable, else from journal.yaml's `site` (its text, as found in the file). */
export function resolveOrigin(env: string | undefined, journalSite: unknown, journalFile: string): SiteOrigin {
  const fromEnv = env?.trim();
  if (fromEnv) return { origin: parseOrigin(fromEnv, "CABJ_SITE"), from: "CABJ_SITE" };
  if (journalSite === undefined || journalSite === null) return { origin: undefined, from: undefined };
  if (typeof journalSite !== "string") throw new Error(`${journalFile}: site: expected the site's origin (a string)`);
  return { origin: parseOrigin(journalSite, `${journalFile}: site`), from: "journal.yaml" };
}

/** The site's origin for a build reading `contentRoot`, from the environment and journal.yaml. */
export function siteOrigin(env: Record<string, string | undefined>, contentRoot: string): SiteOrigin {
  const file = join(contentRoot, "journal.yaml");
  // A missing or malformed journal.yaml is reported by the content schema, with its field.
  let site: unknown;
  if (existsSync(file)) {
    try {
      site = (parse(readFileSync(file, "utf8")) as { site?: unknown } | null)?.site;
    } catch {
      site = undefined;
    }
  }
  return resolveOrigin(env["CABJ_SITE"], site, file);
}

/** The one warning a build without an origin prints. */
export const noOriginWarning = [
  "",
  "************************************************************************",
  "  NO SITE ORIGIN: neither CABJ_SITE nor `site` in content/journal.yaml is set.",
  "  Pages and files name no host: no canonical link, og:url or citation_*",
  "  URLs, no URL in citations, BibTeX, RIS, JSON-LD or JATS, and no",
  "  sitemap.xml or feed.xml (they need absolute URLs). Set CABJ_SITE to the",
  "  origin the site is served from (https://library.example.edu) to have them.",
  "************************************************************************",
].join("\n");
