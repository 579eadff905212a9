import { getCollection } from "astro:content";
import { uiTable, type UiTable } from "./ui";

let cached: Promise<UiTable> | undefined;

/** The interface strings of every language, loaded and checked once per build. */
export function loadUi(): Promise<UiTable> {
  cached ??= getCollection("ui").then(uiTable);
  return cached;
}
