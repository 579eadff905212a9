/** The languages the site publishes summaries in, with their names in themselves. */
export const languages = {
  en: { name: "English", script: "Latin" },
  ru: { name: "Русский", script: "Cyrillic" },
  kk: { name: "Қазақша", script: "Cyrillic" },
} as const;

export type Language = keyof typeof languages;

export const isLanguage = (value: string): value is Language => value in languages;
