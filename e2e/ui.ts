import { readFileSync } from "node:fs";
import { parse } from "yaml";

/** The interface strings of a language, read from content/ui/ as the build reads them. */
export function uiStrings(lang: string): Record<string, unknown> & Record<string, string> {
  return parse(readFileSync(new URL(`../content/ui/${lang}.yaml`, import.meta.url), "utf8")) as Record<string, string>;
}
