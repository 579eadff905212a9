/** What archive.json (built by src/pages/archive.json.ts) says of the archive. */
export interface ArchiveDescription {
  title: string;
  publisher: string;
  issn: { print?: string; electronic?: string };
  url: string;
  issues: { label: string; volume: number; number: number; season?: string; year: number; url: string }[];
  companions: { title: string; url: string }[];
}

/** README.txt for whoever keeps the bag: what it is, how to check it, how to serve it. */
export function archivistReadme(archive: ArchiveDescription, baggingDate: string): string {
  const issns = [
    archive.issn.print && `${archive.issn.print} (print)`,
    archive.issn.electronic && `${archive.issn.electronic} (electronic)`,
  ]
    .filter(Boolean)
    .join(", ");
  return `${archive.title}: the archive as a BagIt bag
${"=".repeat(archive.title.length + 28)}

What this is
  The web site of the ${archive.title}${issns ? ` (ISSN ${issns})` : ""}, published by
  ${archive.publisher}, as built on ${baggingDate} to be served at
  ${archive.url}
  Issues: ${archive.issues.map((i) => i.label).join("; ")}.
  It also holds ${archive.companions.length} companion text(s), which are not part of any issue.

How the bag is laid out (RFC 8493, BagIt 1.0)
  data/                    the site: plain files, servable by any static web server
  bagit.txt                the BagIt version
  bag-info.txt             title, issues, publisher, bagging date, payload size (Payload-Oxum)
  manifest-sha256.txt      a SHA-256 checksum for every file in data/
  tagmanifest-sha256.txt   checksums of the files above and of this README

How to check it
  Any BagIt tool, for example: bagit.py --validate <bag>   (Library of Congress bagit-python)
  Without one: cd <bag> && sha256sum -c manifest-sha256.txt && sha256sum -c tagmanifest-sha256.txt
  With this project's source: npm run verify-package <bag>
  A valid bag has every listed file, no unlisted file in data/, and every checksum matching.

How to serve it
  Copy data/ to the web server so that its index.html is at
  ${archive.url}
  No rewrite rules, server code or database are needed; pages make no request to any other site.
  The site's addresses are fixed at build time: to serve it at another address, rebuild from the
  source with CABJ_SITE (origin) and CABJ_BASE (path) set, then package it again.

Harvesting
  sitemap.xml lists every page; feed.xml is an Atom feed of the articles; each article's page has
  Google Scholar (Highwire) and Dublin Core meta tags and schema.org JSON-LD. If the site was built
  with CABJ_OAI_GATEWAY and CABJ_OAI_ADMIN_EMAIL, oai.xml is an OAI-PMH static repository to
  register with that gateway. robots.txt only takes effect at the root of a host: when the site is
  served below a path, add its Sitemap line to the host's own robots.txt.
`;
}
