import type { Issue } from "../schemas/issue";
import type { UiStrings } from "../schemas/ui";
import { ContentError, type ContentProblem } from "./content-error";
import { isLanguage, languages, type Language } from "./languages";
import type { RawEntry } from "./model";

export type UiTable = Record<Language, UiStrings>;

/**
 * The interface strings of every language, from `content/ui/<lang>.yaml`. The schema makes every
 * key required in each file; this checks that every language the site publishes has a file and
 * that no file is for a language the site does not know.
 */
export function uiTable(entries: readonly RawEntry<UiStrings>[]): UiTable {
  const problems: ContentProblem[] = [];
  const table: Partial<UiTable> = {};
  for (const entry of entries) {
    const file = entry.filePath ?? `content/ui/${entry.id}.yaml`;
    if (isLanguage(entry.id)) {
      table[entry.id] = entry.data;
      problems.push(...typography(entry.id, entry.data, file), ...pluralProblems(entry.id, entry.data, file));
    } else
      problems.push({
        file,
        field: "(file name)",
        expected: `expected a file named after a language the site knows (${Object.keys(languages).join(", ")}), got "${entry.id}"`,
      });
  }
  for (const lang of Object.keys(languages) as Language[])
    if (!table[lang])
      problems.push({
        file: `content/ui/${lang}.yaml`,
        field: "(file)",
        expected: `expected the interface strings in ${languages[lang].name}`,
      });
  if (problems.length > 0) throw new ContentError(problems);
  return table as UiTable;
}

/** Fills the `{name}` slots of a UI template. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));

/** A template cut at its slots, for a page that marks up what fills them: "{journal}, published by …". */
export const templateParts = (template: string): ({ text: string } | { slot: string })[] =>
  template
    .split(/(\{\w+\})/)
    .filter((part) => part !== "")
    .map((part) => (/^\{\w+\}$/.test(part) ? { slot: part.slice(1, -1) } : { text: part }));

/** Every string of a table with its key ("articleCount.few"), for the checks below. */
const stringsOf = (strings: UiStrings): [string, string][] =>
  Object.entries(strings).flatMap(([key, value]): [string, string][] =>
    typeof value === "string"
      ? [[key, value]]
      : Object.entries(value as Record<string, string>).map(([sub, v]): [string, string] => [`${key}.${sub}`, v]),
  );

/**
 * Russian and Kazakh typography: quotation marks are «ёлочки», and a dash has a non-breaking
 * space before it so that it never starts a line.
 */
export function typography(lang: Language, strings: UiStrings, file: string): ContentProblem[] {
  if (lang === "en") return [];
  return stringsOf(strings).flatMap(([field, value]) => [
    ...(/["“”„]/.test(value)
      ? [{ file, field, expected: `expected «ёлочки» for quotation marks in ${languages[lang].name}, got ${value}` }]
      : []),
    ...(/(^|[^\u00a0])[—–]/.test(value)
      ? [{ file, field, expected: `expected a non-breaking space (U+00A0) before the dash, got "${value}"` }]
      : []),
  ]);
}

/** The plural categories the language uses that a count's table lacks. */
function pluralProblems(lang: Language, strings: UiStrings, file: string): ContentProblem[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  return categories.flatMap((category) =>
    strings.articleCount[category] === undefined
      ? [{ file, field: `articleCount.${category}`, expected: `expected the words for the plural form "${category}"` }]
      : [],
  );
}

/** A count in the words of a language, with its plural form and the language's digits: "3 статьи". */
export function countIn(lang: Language, forms: UiStrings["articleCount"], count: number): string {
  const category = new Intl.PluralRules(lang).select(count);
  const words = forms[category] ?? forms.other;
  return fill(words, { count: new Intl.NumberFormat(lang).format(count) });
}

/**
 * An issue's date in a language: "Spring 2020", "Весна 2020", "Көктем 2020"; the year alone when
 * no season is printed. A season the table does not name is shown as issue.yaml prints it.
 */
export function issueDateIn(strings: UiStrings, issue: Issue): string {
  if (!issue.season) return String(issue.year);
  return fill(strings.issueDate, { season: strings.seasons[issue.season] ?? issue.season, year: issue.year });
}

/** An issue's name in a language: "Vol. 11 No. 1 (Spring 2020)", "Том 11, № 1 (Весна 2020)". */
export const issueLabelIn = (strings: UiStrings, issue: Issue): string =>
  fill(strings.issueLabel, { volume: issue.volume, number: issue.number, year: issueDateIn(strings, issue) });
