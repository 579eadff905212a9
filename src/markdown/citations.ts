/** A printed reference as far as matching an in-text citation goes. */
export interface CitableReference {
  authors?: string[] | undefined;
  year?: string | undefined;
}

/**
 * A run of text, an in-text citation of reference `ref` (0-based) printed as `cite`, or a
 * citation that names no printed reference (or more than one), printed as `unmatched`.
 */
export type CitationSegment = { text: string } | { cite: string; ref: number } | { unmatched: string };

/**
 * Citations the text misprints, as the front matter's `printedErrors` correct them: "(ASCH, 2017)"
 * → "(ACSH, 2017)". Only corrections of a whole bracketed citation are read.
 */
export function citationCorrections(errors: readonly { printed: string; correct: string }[]): Map<string, string> {
  const inner = (s: string) => /^\((.*)\)$/.exec(s.trim())?.[1];
  const map = new Map<string, string>();
  for (const e of errors) {
    const printed = inner(e.printed);
    const correct = inner(e.correct);
    if (printed && correct) map.set(printed, correct);
  }
  return map;
}

/** The family name a reference is cited by: "Knox, C." → "Knox"; "OECD" → "OECD". */
const citedName = (author: string) =>
  author
    .split(",")[0]
    ?.replace(/\s*\(Eds?\.\)\s*$/, "")
    .trim() ?? "";

const name = String.raw`\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*)*`;
const authors = String.raw`${name}(?:(?:, | and | & )${name})*(?: et al\.)?`;
const year = String.raw`\d{4}[a-z]?`;
/** "(OECD, 2014)", "(Knox and Janenova, 2019a; OECD, 2018)" — the author-date form the texts print. */
const parenthetical = new RegExp(String.raw`\((${authors}, ${year}(?:; ${authors}, ${year})*)\)`, "gu");
const oneCitation = new RegExp(String.raw`^(${authors}), (${year})$`, "u");

/**
 * Finds the author-date citations in a run of text and the printed reference each one names: the
 * same first author's family name and the same year, letter included ("2017a"). A citation that
 * names no printed reference, or more than one, is `unmatched`: a guess would send the reader to
 * the wrong entry. A citation the text misprints is read as `corrections` correct it.
 */
export function findCitations(
  text: string,
  references: CitableReference[],
  corrections: ReadonlyMap<string, string> = new Map(),
): CitationSegment[] {
  const refOf = (printed: string) => {
    const citation = corrections.get(printed) ?? printed;
    const m = oneCitation.exec(citation);
    if (!m?.[1] || !m[2]) return undefined;
    const first = m[1].split(/, | and | & | et al\./)[0]?.trim();
    const hits = references.flatMap((r, i) =>
      r.year === m[2] && r.authors?.[0] !== undefined && citedName(r.authors[0]) === first ? [i] : [],
    );
    return hits.length === 1 ? hits[0] : undefined;
  };
  const segments: CitationSegment[] = [];
  let last = 0;
  const push = (s: string) => {
    if (s === "") return;
    const prev = segments.at(-1);
    if (prev && "text" in prev) prev.text += s;
    else segments.push({ text: s });
  };
  for (const match of text.matchAll(parenthetical)) {
    const inner = match[1] ?? "";
    push(text.slice(last, match.index + 1));
    inner.split("; ").forEach((citation, i) => {
      if (i > 0) push("; ");
      const ref = refOf(citation);
      if (ref === undefined) segments.push({ unmatched: citation });
      else segments.push({ cite: citation, ref });
    });
    push(")");
    last = match.index + match[0].length;
  }
  push(text.slice(last));
  return segments;
}
