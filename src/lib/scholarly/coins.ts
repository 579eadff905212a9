import type { CitableRecord } from "./record";

/**
 * The OpenURL 1.0 ContextObject (ANSI/NISO Z39.88-2004, KEV format) of an article, as COinS
 * carries it in `<span class="Z3988" title="…">`: how a page that lists several works offers each
 * of them to reference managers (Zotero reads every span and lets the reader choose). Only what
 * the record holds: the page's address only when the site's origin is known.
 */
export function contextObject(record: CitableRecord): string {
  const { venue } = record;
  if (venue.kind !== "issue") throw new Error(`${record.slug}: a ContextObject is made for articles of an issue only`);
  const [issn, eissn] = venue.serial.issns;
  const pairs: [string, string | undefined][] = [
    ["url_ver", "Z39.88-2004"],
    ["ctx_ver", "Z39.88-2004"],
    ["rft_val_fmt", "info:ofi/fmt:kev:mtx:journal"],
    ["rft_id", record.url],
    ["rft.genre", "article"],
    ["rft.atitle", record.title],
    ["rft.jtitle", venue.serial.title],
    ["rft.stitle", venue.serial.abbreviation],
    ["rft.volume", venue.volume || undefined],
    ["rft.issue", venue.number || undefined],
    ["rft.date", record.date ? (record.date.day ?? String(record.date.year)) : undefined],
    ["rft.issn", issn],
    ["rft.eissn", eissn],
    ["rft.pub", venue.serial.publisher?.name],
    ["rft.place", venue.serial.publisher?.place],
    // Every author by the name as printed, in printed order.
    ...record.authors.map((a): [string, string] => ["rft.au", a.name]),
    ["rft.language", record.language],
  ];
  return pairs
    .filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== "")
    .map(([key, value]) => `${key}=${encodeURIComponent(value)}`)
    .join("&");
}
