import { isLanguage, languages, type Language } from "./languages";
import type { SiteModel, TextModel } from "./model";
import type { CitableRecord, UrlOf } from "./scholarly/record";
import type { UiStrings } from "../schemas/ui";
import type { UiTable } from "./ui";

/** The language of a text's full text (BCP 47): its `lang`, else English. */
export const textLanguage = (text: TextModel): string => text.data.lang ?? "en";

/** The languages, other than the full text's, that have a landing page of their own for this text. */
export const landingLanguages = (text: TextModel): string[] =>
  text.summaries.map((s) => s.lang).filter((lang) => lang !== textLanguage(text));

/** Path of a text's landing page in a language: "ru/bang/". */
export const landingPath = (text: TextModel, lang: string) => `${lang}/${text.slug}/`;

/** The pages of one text, by language: the full text and a landing page per summary in another language. */
export function languageAlternates(text: TextModel): { lang: string; path: string }[] {
  const landing = landingLanguages(text);
  if (landing.length === 0) return [];
  return [
    { lang: textLanguage(text), path: text.path },
    ...landing.map((lang) => ({ lang, path: landingPath(text, lang) })),
  ];
}

/**
 * The languages the site has summaries in, each with a page of its own: the interface languages
 * first (en, ru, kk), then any other present, by tag. Built from the content, not a fixed list.
 */
export function summaryLanguages(site: SiteModel): string[] {
  // Every page's footer asks: found once per site, not once per page over every text.
  let found = summaryLanguagesOf.get(site);
  if (!found) {
    const present = new Set(site.texts.flatMap((t) => t.summaries.map((s) => s.lang)));
    const known = (Object.keys(languages) as Language[]).filter((l) => present.has(l));
    found = [...known, ...[...present].filter((l) => !isLanguage(l)).sort()];
    summaryLanguagesOf.set(site, found);
  }
  return [...found];
}

const summaryLanguagesOf = new WeakMap<SiteModel, string[]>();

/** The English name of a language (BCP 47 tag), for the English interface: "Portuguese". */
export function englishName(tag: string): string {
  try {
    return new Intl.DisplayNames(["en"], { type: "language" }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}

/**
 * The interface strings for a page in `lang`, and the language they are in: a language with no
 * table in content/ui/ gets the English interface, whose strings that name English say the
 * page's language instead.
 */
export function uiFor(ui: UiTable, lang: string): { strings: UiStrings; lang: Language } {
  if (isLanguage(lang)) return { strings: ui[lang], lang };
  const name = englishName(lang);
  return {
    strings: {
      ...ui.en,
      summariesTitle: `Summaries in ${name}`,
      summariesIntro: `The ${name} summary of every article that has one.`,
      noSummaries: `No article of this issue has a summary in ${name}.`,
    },
    lang: "en",
  };
}

/**
 * The note that says what language the full text is in: the interface's own words for English,
 * else an English sentence naming the text's language.
 */
export function fullTextNote(
  ui: { strings: UiStrings; lang: string },
  textLang: string,
): { text: string; lang: string } {
  return textLang === "en"
    ? { text: ui.strings.fullTextNote, lang: ui.lang }
    : { text: `The full text of the article is in ${englishName(textLang)}.`, lang: "en" };
}

/**
 * The record a landing page describes to indexers and reference managers: the same work as the
 * English page (its title, authors, journal, the language of its text, its address and its PDF
 * galley), so that it is saved as the same item from any of its pages; only the abstract is the
 * summary in the page's language, with the page as the abstract's address.
 */
export function landingRecord(
  record: CitableRecord,
  lang: string,
  summary: string,
  url: UrlOf,
  path: string,
): CitableRecord {
  const page = url(path);
  return { ...record, abstract: summary, landing: { lang, ...(page !== undefined && { url: page }) } };
}
