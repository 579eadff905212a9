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
    if (isLanguage(entry.id)) table[entry.id] = entry.data;
    else
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
