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
 * The record a landing page describes to indexers: the same article (its title and journal as
 * printed), with the summary in that language as the abstract, the page's language, and the
 * English page as the full text (and its PDF galley).
 */
export function landingRecord(
  record: CitableRecord,
  lang: LandingLanguage,
  summary: string,
  url: UrlOf,
  path: string,
): CitableRecord {
  // The PDF is the English full text's galley, in that page's folder, where Scholar expects it.
  const { pdfUrl: _pdf, ...rest } = record;
  return { ...rest, language: lang, abstract: summary, url: url(path), fullTextUrl: record.url };
}
