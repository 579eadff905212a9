/**
 * What the result list shows, computed from the engine's answer, the document shards and the
 * snippet files: plain data that the browser lays out with text nodes. Kept apart from the DOM so
 * that it can be tested.
 */
import { languages, type Language } from "../languages";
import type { UiStrings } from "../../schemas/ui";
import type { SearchHit, SearchResponse } from "./engine";
import type { DocShardEntry, TitleShardEntry } from "./files";
import { highlight, snippet, type Piece } from "./highlight";
import { languageFields, maxResults, maxSectionHits, type LanguageFilter } from "./options";

/** The interface strings the search script uses. */
export type SearchStrings = Pick<
  UiStrings,
  | "searchHint"
  | "searchResultsOne"
  | "searchResultsFew"
  | "searchResultsMany"
  | "searchResultsOther"
  | "searchFirstResults"
  | "searchNone"
  | "searchNoLetters"
  | "searchUnavailable"
  | "searchAllResults"
  | "searchFoundInSummary"
  | "searchTextStart"
  | "searchMore"
>;
export const searchStringKeys = [
  "searchHint",
  "searchResultsOne",
  "searchResultsFew",
  "searchResultsMany",
  "searchResultsOther",
  "searchFirstResults",
  "searchNone",
  "searchNoLetters",
  "searchUnavailable",
  "searchAllResults",
  "searchFoundInSummary",
  "searchTextStart",
  "searchMore",
] as const satisfies readonly (keyof SearchStrings)[];

/** One section hit: its heading, a link target and a snippet around the match. */
export interface SectionView {
  /** The heading's id on the text's page ("" for the top of the page). */
  id: string;
  /** Its heading, or undefined for the part before the first heading. */
  heading: string | undefined;
  lang: string;
  /** The snippet; undefined while the section's text is still loading. */
  pieces: Piece[] | undefined;
}

export interface ResultView {
  /** The text's page, below the site's base. */
  path: string;
  title: Piece[];
  authors: Piece[] | undefined;
  /** Where it was published: the issue, or "Companion text". */
  source: string;
  /** The languages of the summaries the query matched, in the site's order. */
  summaryLanguages: Language[];
  sections: SectionView[];
}

const summaryFields = Object.keys(languages) as Language[];

/** The sections a hit shows (at most `maxSectionHits`), those of other languages than the filter's left out. */
export function shownSections(hit: SearchHit, doc: DocShardEntry, filter: LanguageFilter): number[] {
  const allowed = new Set<string>(languageFields[filter]);
  return hit.sections
    .map(([section]) => section)
    .filter((s) => {
      const field = doc.sections[s]?.field;
      return field !== undefined && allowed.has(field);
    })
    .slice(0, maxSectionHits);
}

/**
 * The result view of one hit, given its text's title entry, its document entry once loaded (the
 * sections are left out until then), and the text of those of its shown sections that are loaded:
 * a section whose text is not (yet) among `texts` is shown without a snippet.
 */
export function resultView(
  hit: SearchHit,
  title: TitleShardEntry,
  doc: DocShardEntry | undefined,
  texts: ReadonlyMap<number, string>,
  keys: ReadonlySet<string>,
  filter: LanguageFilter,
): ResultView {
  return {
    path: title.path,
    title: highlight(title.title, keys),
    authors: title.authors === undefined ? undefined : highlight(title.authors, keys),
    source: title.source,
    summaryLanguages: summaryFields.filter((lang) => hit.fields.includes(lang)),
    sections: !doc
      ? []
      : shownSections(hit, doc, filter).flatMap((s) => {
          const section = doc.sections[s];
          const text = texts.get(s);
          if (!section) return [];
          return [
            {
              id: section.id,
              heading: section.heading === "" ? undefined : section.heading,
              lang: section.lang,
              pieces: text === undefined ? undefined : snippet(text, keys),
            },
          ];
        }),
  };
}

const fillIn = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot);

/** Number formats and plural rules by locale, made once: each keystroke needs them. */
const numberFormats = new Map<string, Intl.NumberFormat>();
const pluralRules = new Map<string, Intl.PluralRules>();
const remembered = <T>(map: Map<string, T>, locale: string, make: (locale: string) => T): T => {
  let found = map.get(locale);
  if (!found) map.set(locale, (found = make(locale)));
  return found;
};

/**
 * The sentence that says what the search found, for the status line and screen readers, in the
 * page's language: the query as the reader typed it, never its folded forms.
 */
export function statusMessage(query: string, response: SearchResponse, strings: SearchStrings, locale: string): string {
  const typed = query.trim();
  if (typed === "") return "";
  const shown = typed.length > 60 ? `${typed.slice(0, 60)}…` : typed;
  const count = response.hits.length;
  const number = remembered(numberFormats, locale, (l) => new Intl.NumberFormat(l)).format(count);
  if (count >= maxResults) return fillIn(strings.searchFirstResults, { count: number, query: shown });
  if (count > 0) {
    const form = remembered(pluralRules, locale, (l) => new Intl.PluralRules(l)).select(count);
    const template =
      form === "one"
        ? strings.searchResultsOne
        : form === "few"
          ? strings.searchResultsFew
          : form === "many"
            ? strings.searchResultsMany
            : strings.searchResultsOther;
    return fillIn(template, { count: number, query: shown });
  }
  return fillIn(response.words.length === 0 ? strings.searchNoLetters : strings.searchNone, { query: shown });
}
