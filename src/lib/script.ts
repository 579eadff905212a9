import { languages, type Language } from "./languages";

const latin = /[A-Za-z]/g;
const cyrillic = /[\u0400-\u04FF]/g;

/**
 * Why `text` is not in the script of `lang`, or undefined when it is. Latin letters in a Russian
 * or Kazakh summary are unrestored OCR; Cyrillic in an English one is a misfiled summary.
 */
export function scriptProblem(text: string, lang: Language): string | undefined {
  const foreign = languages[lang].script === "Cyrillic" ? latin : cyrillic;
  const found = text.match(foreign);
  if (!found) return undefined;
  const sample = [...new Set(found)].slice(0, 5).join(" ");
  const expected = languages[lang].script;
  return `expected text in ${expected} script for language "${lang}", found ${found.length} other letter(s): ${sample}`;
}
