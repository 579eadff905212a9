/**
 * What the result list shows, computed from the engine's answer and the result shards: plain data
 * that the browser lays out with text nodes. Kept apart from the DOM so that it can be tested.
 */
import { languages, type Language } from "../languages";
import type { ShardRecord } from "./build";
import type { SearchResponse } from "./engine";
import { highlight, snippet, type Piece } from "./highlight";
import { maxResults, type Field, type LanguageFilter } from "./options";

export interface ResultView {
  /** The text's page, below the site's base. */
  path: string;
  title: Piece[];
  authors: Piece[] | undefined;
  /** Where it was published: the issue, or "Companion text". */
  source: string;
  /** The languages of the summaries the query matched, in the site's order. */
  summaryLanguages: Language[];
  /** A passage around the first match, in the language of its field. */
  passage: { label: string; lang: Language; pieces: Piece[] } | undefined;
}

const summaryFields = Object.keys(languages) as Language[];
const passageLabels: Partial<Record<Field, string>> = {
  abstract: "Abstract",
  keywords: "Keywords",
  jel: "JEL classification",
};

/** The result view of one hit, given the shard record of its text. */
export function resultView(
  hit: SearchResponse["hits"][number],
  record: ShardRecord,
  keys: ReadonlySet<string>,
  filter: LanguageFilter,
): ResultView {
  const summaryLanguages = summaryFields.filter((lang) => hit.fields.includes(lang));
  // The summary in the filtered language first, then the first matched summary, then the other
  // English fields; the title and authors are shown anyway.
  const preferred: Field[] = [
    ...(filter !== "all" ? [filter] : []),
    ...summaryLanguages,
    "abstract",
    "keywords",
    "jel",
  ];
  const field = preferred.find((f) => hit.fields.includes(f) && record.fields[f] !== undefined);
  const text = field === undefined ? undefined : record.fields[field];
  const passage =
    field === undefined || text === undefined
      ? undefined
      : {
          label: passageLabels[field] ?? `Summary · ${languages[field as Language].name}`,
          lang: (field in languages ? field : "en") as Language,
          pieces: snippet(text, keys),
        };
  return {
    path: record.path,
    title: highlight(record.fields.title ?? record.path, keys),
    authors: record.fields.authors === undefined ? undefined : highlight(record.fields.authors, keys),
    source: record.source,
    summaryLanguages,
    passage,
  };
}

/** The sentence that says what the search found, for the status line and screen readers. */
export function statusMessage(query: string, response: SearchResponse, shown: number): string {
  const typed = query.trim();
  if (typed === "") return "";
  const quoted = `“${typed.length > 60 ? `${typed.slice(0, 60)}…` : typed}”`;
  if (shown > 0) {
    const more = response.hits.length >= maxResults ? ` (the first ${maxResults})` : "";
    return `${shown} ${shown === 1 ? "result" : "results"} for ${quoted}${more}.`;
  }
  const folded = response.words.map((w) => w.key).join(" ");
  return folded === ""
    ? `No results for ${quoted}: it has no letters or digits to search for.`
    : `No results for ${quoted}. Searched for: ${folded}.`;
}
