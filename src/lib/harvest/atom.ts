import type { CitableRecord } from "../scholarly/record";
import { xml } from "./xml";

export interface AtomFeed {
  title: string;
  /** The feed's own URL. */
  self: string;
  /** The site's home page. */
  home: string;
  /** Who publishes the feed; named at feed level so that every entry has an author (RFC 4287 §4.1.1). */
  publisher: string;
  entries: { record: CitableRecord; updated: Date }[];
}

const date = (d: Date) => d.toISOString().replace(/\.\d{3}Z$/, "Z");

/**
 * An Atom feed (RFC 4287) of articles. `updated` is when each entry's content file last changed:
 * Atom requires an instant, and the sources give the articles only a year.
 */
export function atomFeed(feed: AtomFeed): string {
  if (feed.entries.length === 0) throw new Error("Atom feed: expected at least one article");
  const newest = new Date(Math.max(...feed.entries.map((e) => e.updated.getTime())));
  const entry = ({ record, updated }: AtomFeed["entries"][number]) => {
    if (record.url === undefined) throw new Error(`Atom feed: ${record.slug}: expected the page's absolute URL`);
    return [
      `  <entry>`,
      `    <id>${xml(record.url)}</id>`,
      `    <title>${xml(record.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(record.url)}"/>`,
      `    <updated>${date(updated)}</updated>`,
      ...record.authors.map((a) => `    <author><name>${xml(a.name)}</name></author>`),
      ...(record.abstract ? [`    <summary>${xml(record.abstract)}</summary>`] : []),
      ...record.keywords.map((k) => `    <category term="${xml(k)}"/>`),
      ...(record.venue.kind === "issue" && record.venue.label
        ? [`    <source><title>${xml(`${record.venue.serial.title}, ${record.venue.label}`)}</title></source>`]
        : []),
      `  </entry>`,
    ].join("\n");
  };
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">`,
    `  <id>${xml(feed.self)}</id>`,
    `  <title>${xml(feed.title)}</title>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(feed.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(feed.home)}"/>`,
    `  <updated>${date(newest)}</updated>`,
    `  <author><name>${xml(feed.publisher)}</name></author>`,
    ...feed.entries.map(entry),
    `</feed>`,
    ``,
  ].join("\n");
}
