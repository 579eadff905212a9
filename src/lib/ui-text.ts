/**
 * Filling the interface tables' templates, for the build and for the browser alike: no schema or
 * content code comes with it, so the search script stays small.
 */
import type { UiStrings } from "../schemas/ui";

/** A template with its slots filled: `fill("Vol. {volume}", { volume: 11 })`; an unknown slot stays as it is. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));

/** The words of a plural field for `count` in a language (locale): its category's, else `other`. */
export function pluralForm(locale: string, forms: UiStrings["articleCount"], count: number): string {
  return forms[new Intl.PluralRules(locale).select(count)] ?? forms.other;
}
