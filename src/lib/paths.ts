/** A link to `path` (relative to the site root, e.g. "issues/11-1/") under the site's base path. */
export function href(path: string, base: string = import.meta.env.BASE_URL): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  return `${prefix}${path.replace(/^\//, "")}`;
}
