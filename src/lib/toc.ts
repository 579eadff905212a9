/** A heading as Astro's `render()` reports it. */
export interface Heading {
  depth: number;
  slug: string;
  text: string;
}

/** One line of an in-page table of contents, a link to `#id`, with the subsections under it. */
export interface TocEntry {
  id: string;
  text: string;
  children: TocEntry[];
}

/** Below this many headings in its body, a text is short enough to read without a contents list. */
export const tocThreshold = 4;

/**
 * The in-page contents of a text: the parts before its body (`before`, e.g. the abstract), its
 * body's section and subsection headings, then the parts the page adds after the body (notes,
 * summaries, references, "Cite this"). None for a text with fewer than `tocThreshold` headings.
 */
export function tableOfContents(
  body: Heading[],
  before: { id: string; text: string }[],
  after: { id: string; text: string }[],
): TocEntry[] | undefined {
  const sections = body.filter((h) => h.depth === 2 || h.depth === 3);
  if (sections.length < tocThreshold) return undefined;
  const seen = new Set<string>();
  const entry = (id: string, text: string): TocEntry => {
    if (id === "") throw new Error(`Contents: the heading "${text}" has no id to link to`);
    if (seen.has(id)) throw new Error(`Contents: two headings share the id "${id}"`);
    seen.add(id);
    return { id, text, children: [] };
  };
  const entries = before.map((p) => entry(p.id, p.text));
  let section: TocEntry | undefined;
  for (const h of sections) {
    const line = entry(h.slug, h.text);
    // A subsection goes under the section before it; one that opens the body has none.
    if (h.depth === 3 && section) section.children.push(line);
    else {
      entries.push(line);
      section = h.depth === 2 ? line : undefined;
    }
  }
  return [...entries, ...after.map((p) => entry(p.id, p.text))];
}
