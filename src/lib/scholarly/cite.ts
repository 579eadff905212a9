/**
 * Citations and bibliographic exports, produced by citation-js from CSL-JSON: APA from the style
 * citation-js ships, Chicago (author-date) and MLA from the Citation Style Language's own styles.
 */
import { Cite, plugins } from "@citation-js/core";
import "@citation-js/plugin-csl";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import chicago from "./styles/chicago";
import mla from "./styles/mla";
import type { CslItem } from "./csl";
import { decodeReferences } from "../jats/html";

/** The citation styles offered, in the order a reader sees them. */
export const citationStyles = [
  { id: "apa", label: "APA" },
  { id: "chicago", label: "Chicago" },
  { id: "mla", label: "MLA" },
] as const;

export type CitationStyle = (typeof citationStyles)[number]["id"];

/** The citeproc engine citation-js prepares for a style (its "@csl" plugin's `engine`). */
interface CslEngine {
  tmp: { taintedItemIDs: Record<string, boolean>; taintedCitationIDs: Record<string, boolean> };
  updateItems(ids: string[]): string[];
  makeBibliography(): [{ bibstart: string; bibend: string }, string[]];
  setOutputFormat(format: "html" | "text"): void;
}

interface CslConfig {
  styles: { add(name: string, xml: string): void; has(name: string): boolean };
  engine(data: CslItem[], style: string, lang: string, format: "html" | "text"): CslEngine;
}
const csl = plugins.config.get("@csl") as CslConfig;
if (!csl.styles.has("chicago")) csl.styles.add("chicago", chicago);
if (!csl.styles.has("mla")) csl.styles.add("mla", mla);

/** One formatted bibliography entry, as HTML (italics kept) and as plain text. */
export interface FormattedCitation {
  html: string;
  text: string;
}

const entry = /<div[^>]*class="csl-entry"[^>]*>([\s\S]*?)<\/div>/;

/**
 * The bibliography entry of `item` in `style`: what citation-js's "bibliography" output gives as
 * HTML and as text, from one run of its citeproc engine (the item registered once, its entry made
 * in both formats) instead of two, since every text's page formats three styles. A build formats
 * each work once, on its citation thread (cite-view.ts).
 */
export function formatCitation(item: CslItem, style: CitationStyle): FormattedCitation {
  // The data citation-js's own output gets: the item as Cite reads and cleans it.
  const data = plugins.input.util.clean(new Cite([item]).data) as CslItem[];
  const engine = csl.engine(data, style, "en-US", "html");
  // citation-js keeps one engine per style, and citeproc notes every item it has registered as
  // "tainted" until a citation cluster is processed, which a bibliography never does: each text
  // formatted would make every later one slower (quadratic over an archive). The items of earlier
  // calls are no longer registered, so forgetting them changes no output.
  engine.tmp.taintedItemIDs = {};
  engine.tmp.taintedCitationIDs = {};
  engine.updateItems(data.map((d) => d.id));
  const [{ bibstart, bibend }, entries] = engine.makeBibliography();
  const html = entry.exec(`${bibstart}${entries.join("")}${bibend}`)?.[1]?.trim();
  if (!html) throw new Error(`${item.id}: citation-js gave no ${style} entry`);
  // The text is the HTML entry's words: citeproc's text output differs from its HTML only in
  // markup and escapes (the test compares both with citation-js's own outputs), and a second
  // bibliography run would cost as much as the first.
  const text = textOfEntry(html);
  return { html, text };
}

/** An HTML entry as text: its tags dropped, its character references decoded. */
export const textOfEntry = (html: string) => decodeReferences(html.replace(/<[^>]*>/g, ""), (whole) => whole).trim();

/** BibTeX for the items, one entry each. */
export function toBibtex(items: CslItem[]): string {
  return new Cite(items).format("bibtex", { format: "text" }) as string;
}

/**
 * RIS for the items, one TY…ER record each. citation-js maps the fields; the lines are written
 * here because its own writer breaks values every 70 characters, mid-word, and readers (its own
 * parser among them) join the pieces with a space, corrupting long titles.
 */
export function toRis(items: CslItem[]): string {
  const records = new Cite(items).format("ris", { format: "object" }) as Record<
    string,
    string | number | (string | number)[]
  >[];
  const line = (tag: string, value: string | number) => `${tag}  - ${String(value).replace(/\s+/g, " ")}`;
  return records
    .map(({ TY, ...tags }) => {
      if (TY === undefined) throw new Error("citation-js gave a RIS record without a type (TY)");
      const body = Object.entries(tags).flatMap(([tag, value]) => [value].flat().map((v) => line(tag, v)));
      return [line("TY", String(TY)), ...body, "ER  - "].join("\r\n");
    })
    .join("\r\n\r\n")
    .concat("\r\n");
}

/** CSL-JSON for the items, as citation managers import it. */
export function toCslJson(items: CslItem[]): string {
  return `${JSON.stringify(items, null, 2)}\n`;
}
