import type { SearchRecord, SearchSection } from "./build";

/** Test fixtures: a section whose heading is its id, and an article's record. */
export const section = (id: string, field: SearchSection["field"], text: string, lang = "en"): SearchSection => ({
  id,
  heading: id,
  field,
  lang,
  text,
});

export const record = (path: string, fields: SearchRecord["fields"], sections: SearchSection[] = []): SearchRecord => ({
  path,
  kind: "article",
  source: "Vol. 11 No. 1 (Spring 2020)",
  fields,
  sections,
});
