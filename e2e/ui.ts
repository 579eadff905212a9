import { readFileSync } from "node:fs";
import { parse } from "yaml";
import type { UiStrings } from "../src/schemas/ui";

/** The interface strings of a language, read from content/ui/ as the build reads them (and checks them). */
export function uiStrings(lang: string): UiStrings {
  return parse(readFileSync(new URL(`../content/ui/${lang}.yaml`, import.meta.url), "utf8")) as UiStrings;
}
