import { href } from "./paths";
import type { UrlOf } from "./scholarly/record";

/**
 * A function from a path below the site's root ("issues/11-1/") to its absolute URL on `site`
 * under `base`: the form metadata needs, since it is read away from the page. Without a site
 * (no origin configured) it gives nothing, and what needs an absolute URL is left out.
 */
export function absoluteUrls(site: URL | string | undefined, base: string): UrlOf {
  if (site === undefined || site === "") return () => undefined;
  return (path) => new URL(href(path, base), site).href;
}
