import { href } from "./paths";

/**
 * A function from a path below the site's root ("issues/11-1/") to its absolute URL on `site`
 * under `base`: the form metadata needs, since it is read away from the page.
 */
export function absoluteUrls(site: URL | string | undefined, base: string): (path: string) => string {
  if (site === undefined)
    throw new Error("astro.config: site: expected the site's origin (set CABJ_SITE) for absolute URLs");
  return (path) => new URL(href(path, base), site).href;
}
