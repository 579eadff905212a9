/** The languages the site publishes summaries in, with their names in themselves. */
export const languages = {
  en: { name: "English", script: "Latin" },
  ru: { name: "Русский", script: "Cyrillic" },
  kk: { name: "Қазақша", script: "Cyrillic" },
} as const;

export type Language = keyof typeof languages;

export const isLanguage = (value: string): value is Language => value in languages;

/** The name of a language (BCP 47 tag) in that language, from Intl.DisplayNames; the tag itself if unknown. */
export function languageName(tag: string): string {
  if (isLanguage(tag)) return languages[tag].name;
  try {
    const name = new Intl.DisplayNames([tag], { type: "language" }).of(tag);
    return name ? name.charAt(0).toLocaleUpperCase(tag) + name.slice(1) : tag;
  } catch {
    return tag;
  }
}

const rtlScripts = new Set(["Arab", "Hebr", "Thaa", "Syrc", "Nkoo", "Adlm", "Rohg", "Mand", "Samr"]);

/** Each language's direction, once found: finding it (Intl.Locale's `maximize`) costs more than a page's other work with it. */
const directions = new Map<string, "ltr" | "rtl">();

/** The writing direction of a language: "rtl" for Arabic, Hebrew, Persian, Urdu and the like. */
export function direction(tag: string): "ltr" | "rtl" {
  let found = directions.get(tag);
  if (found === undefined) {
    try {
      const script = new Intl.Locale(tag).maximize().script;
      found = script && rtlScripts.has(script) ? "rtl" : "ltr";
    } catch {
      found = "ltr";
    }
    directions.set(tag, found);
  }
  return found;
}
