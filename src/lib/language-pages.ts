import type { Language } from "./languages";
import type { TextModel } from "./model";
import type { CitableRecord, UrlOf } from "./scholarly/record";

/** The languages, other than English, that have a landing page of their own. */
export const landingLanguages = ["ru", "kk"] as const satisfies readonly Language[];
export type LandingLanguage = (typeof landingLanguages)[number];

/** Path of a text's landing page in a language: "ru/bang/". */
export const landingPath = (text: TextModel, lang: LandingLanguage) => `${lang}/${text.slug}/`;

/** The pages of one text, by language: the English full text and a landing page per summary. */
export function languageAlternates(text: TextModel): { lang: Language; path: string }[] {
  const landing = landingLanguages.filter((lang) => text.summaries.some((s) => s.lang === lang));
  if (landing.length === 0) return [];
  return [{ lang: "en", path: text.path }, ...landing.map((lang) => ({ lang, path: landingPath(text, lang) }))];
}

/**
 * The record a landing page describes to indexers and reference managers: the same work as the
 * English page (its title, authors, journal, the language of its text, its address and its PDF
 * galley), so that it is saved as the same item from any of its pages; only the abstract is the
 * summary in the page's language, with the page as the abstract's address.
 */
export function landingRecord(
  record: CitableRecord,
  lang: LandingLanguage,
  summary: string,
  url: UrlOf,
  path: string,
): CitableRecord {
  const page = url(path);
  return { ...record, abstract: summary, landing: { lang, ...(page !== undefined && { url: page }) } };
}
