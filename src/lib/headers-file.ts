/** One built page's URL path (with the base) and the Content Security Policy its HTML carries. */
export interface PagePolicy {
  path: string;
  csp: string;
}

const sharedHeaders = [
  "X-Content-Type-Options: nosniff",
  "Referrer-Policy: strict-origin-when-cross-origin",
  "X-Frame-Options: SAMEORIGIN",
];

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) that sends each page's Content
 * Security Policy as a header too, with a few headers every page should have. Hosts that read no
 * such file still get the policy from each page's <meta http-equiv>.
 */
export function headersFile(base: string, pages: readonly PagePolicy[]): string {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const blocks = [`${prefix}*\n${sharedHeaders.map((h) => `  ${h}`).join("\n")}`];
  for (const page of [...pages].sort((a, b) => a.path.localeCompare(b.path)))
    blocks.push(`${page.path}\n  Content-Security-Policy: ${page.csp.replace(/\s+/g, " ").trim()}`);
  return `${blocks.join("\n\n")}\n`;
}

/** The policy of a built page, read from its <meta http-equiv="content-security-policy">. */
export function policyOf(html: string): string | undefined {
  return /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1]?.replaceAll("&#39;", "'");
}
