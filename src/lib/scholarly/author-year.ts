/**
 * Author–year citations as the texts print them: parenthetical ("(Porter, 2008)", "(Reason &
 * Bradbury, 2001; Sproull, 2004)", "(see, e.g. Klein, Crawford, & Alchian, 1978)") and narrative
 * ("Yi (1997)", "Cameron and Molina-Azorin (2011)", "Yi (1996, 1997)", "Shevardnadze (1991, pp. 57-8)").
 * Pure: a string in, its pieces out.
 */

/** A cited work as the text names it: its authors as printed and a year. */
export interface CitedWork {
  /** The names as printed, in order: ["Ackoff", "Rovin"]; ["International Monetary Fund"]. */
  names: string[];
  /** Printed "et al." after the names. */
  etAl: boolean;
  /** "2008", "2019a". */
  year: string;
  /** Identifies the work on a page: the same names and year are the same work. */
  key: string;
}

/** A run of text, or a citation printed as `cite` of `work`. */
export type AuthorYearSegment = { text: string } | { cite: string; work: CitedWork };

const name = String.raw`(?<![\p{L}\p{N}’'.-])\p{Lu}[\p{L}’'-]*(?: \p{Lu}[\p{L}’'-]*)*`;
const authorList = String.raw`${name}(?:(?:,? and |,? & |, )${name})*(?: et al\.)?`;
const year = String.raw`(?:1[6-9]|20)\d\d[a-z]?(?![\p{L}\p{N}])`;
const years = String.raw`${year}(?:, ${year})*`;
const pages = String.raw`(?:, pp?\. ?[\d–-]+)?`;
/** "Yi (1996, 1997)": names, then their years in brackets. */
const narrative = new RegExp(String.raw`(${authorList}) \((${years})${pages}\)`, "gu");
/** Inside a bracket: "Porter, 2008", "Ackoff & Rovin, 2003", "Yi, 1996, 1997". */
const bracketed = new RegExp(String.raw`(${authorList}),? (${years})${pages}`, "gu");
const bracket = /\(([^()]*)\)/gu;
const yearRun = new RegExp(year, "gu");

/** Words that open a sentence or a bracket and are not part of the names cited after them. */
const lead =
  /^(?:(?:See|For|In|The|According|As|Also|Thus|While|Although|Since|Both|Following|Unlike|Like|Cf\.|E\.g\.)\s+)+/u;

function work(printedNames: string, y: string): CitedWork | undefined {
  const trimmed = printedNames.replace(lead, "");
  if (trimmed === "") return undefined;
  const etAl = / et al\.$/.test(trimmed);
  const names = trimmed
    .replace(/ et al\.$/, "")
    .split(/,? and |,? & |, /)
    .map((n) => n.trim());
  return { names, etAl, year: y, key: `${names.join("|")}${etAl ? "|et al." : ""}|${y}` };
}

interface Found {
  start: number;
  end: number;
  cite: string;
  work: CitedWork;
}

/** The citations of one match: the first runs from the names to the first year, the others are their years. */
function citationsOf(
  text: string,
  offset: number,
  names: string,
  namesAt: number,
  yearsText: string,
  yearsAt: number,
  narrativeForm: boolean,
): Found[] {
  const found: Found[] = [];
  for (const y of yearsText.matchAll(yearRun)) {
    const w = work(names, y[0]);
    if (!w) continue;
    const yStart = offset + yearsAt + y.index;
    const yEnd = yStart + y[0].length;
    // The first year of a bracketed citation carries its names ("Porter, 2008"); a narrative
    // citation's names stay in the sentence and its years are the links.
    const first = found.length === 0 && !narrativeForm;
    const start = first ? offset + namesAt + (names.length - names.replace(lead, "").length) : yStart;
    found.push({ start, end: yEnd, cite: text.slice(start, yEnd), work: w });
  }
  return found;
}

/** What every citation holds: a year. Text without one needs no search for names. */
const anyYear = /(?:1[6-9]|20)\d\d/;

/** Finds every author–year citation in a run of text. Numbers that are not a name's year stay text. */
export function findAuthorYear(text: string): AuthorYearSegment[] {
  if (!anyYear.test(text)) return [{ text }];
  const found: Found[] = [];
  for (const m of text.matchAll(narrative)) {
    const names = m[1] ?? "";
    const ys = m[2] ?? "";
    found.push(...citationsOf(text, m.index, names, 0, ys, m[0].indexOf("(") + 1, true));
  }
  for (const b of text.matchAll(bracket)) {
    const inner = b[1] ?? "";
    const innerAt = b.index + 1;
    for (const m of inner.matchAll(bracketed)) {
      const names = m[1] ?? "";
      const ys = m[2] ?? "";
      const yearsAt = m[0].lastIndexOf(ys);
      found.push(...citationsOf(text, innerAt + m.index, names, 0, ys, yearsAt, false));
    }
  }
  found.sort((a, b) => a.start - b.start);
  const segments: AuthorYearSegment[] = [];
  let last = 0;
  for (const f of found) {
    if (f.start < last) continue;
    if (f.start > last) segments.push({ text: text.slice(last, f.start) });
    segments.push({ cite: f.cite, work: f.work });
    last = f.end;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) });
  return segments;
}

/** "Porter", "Ackoff & Rovin", "Fox, Ward, & Howard", "Smith et al.": the names as an entry prints them. */
export function namesLabel(work: CitedWork): string {
  const n = work.names;
  const names =
    n.length <= 1 ? (n[0] ?? "") : n.length === 2 ? `${n[0]} & ${n[1]}` : `${n.slice(0, -1).join(", ")}, & ${n.at(-1)}`;
  return work.etAl ? `${names} et al.` : names;
}

/** One entry of "Works cited in the text": a work and how many times the text cites it. */
export interface WorkCited {
  work: CitedWork;
  count: number;
}

/** The works cited, sorted by the first name, then the others, then the year, with the locale's collation. */
export function sortWorks(works: WorkCited[], locale = "en"): WorkCited[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base", numeric: true });
  return [...works].sort(
    (a, b) =>
      collator.compare(a.work.names.join(" "), b.work.names.join(" ")) ||
      Number(a.work.etAl) - Number(b.work.etAl) ||
      collator.compare(a.work.year, b.work.year),
  );
}

/** The id of the n-th (1-based) place a work is cited: "cited-porter-2008-1". */
export function citedId(work: CitedWork, n?: number): string {
  const base = `cited-${work.key
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-|-$/g, "")}`;
  return n === undefined ? base : `${base}-${n}`;
}
