import { describe, expect, it } from "vitest";
import { landingRecord, languageAlternates } from "./language-pages";
import type { TextModel } from "./model";
import type { CitableRecord } from "./scholarly/record";

const text = (langs: string[], lang?: string) =>
  ({
    slug: "bang",
    data: lang ? { lang } : {},
    path: "issues/11-1/bang/",
    summaries: langs.map((lang) => ({ lang, text: "t", article: "bang" })),
  }) as unknown as TextModel;

describe("languageAlternates", () => {
  it.each([
    [
      ["en", "ru", "kk"],
      ["en issues/11-1/bang/", "ru ru/bang/", "kk kk/bang/"],
    ],
    [
      ["en", "kk"],
      ["en issues/11-1/bang/", "kk kk/bang/"],
    ],
    [["en"], []],
    [[], []],
  ])("summaries %j → %j", (langs, expected) => {
    expect(languageAlternates(text(langs)).map((a) => `${a.lang} ${a.path}`)).toEqual(expected);
  });

  it("takes the full text's own language, and any language a summary is in", () => {
    expect(languageAlternates(text(["en", "es"], "pt")).map((a) => `${a.lang} ${a.path}`)).toEqual([
      "pt issues/11-1/bang/",
      "en en/bang/",
      "es es/bang/",
    ]);
  });
});

describe("landingRecord", () => {
  it("keeps the title and journal, and takes the page's language, summary and address", () => {
    const record = { title: "T", language: "en", abstract: "A", url: "https://x/issues/11-1/bang/" } as CitableRecord;
    const landing = landingRecord(record, "ru", "Резюме", (p) => `https://x/${p}`, "ru/bang/");
    expect(landing).toMatchObject({
      title: "T",
      language: "ru",
      abstract: "Резюме",
      url: "https://x/ru/bang/",
      fullTextUrl: "https://x/issues/11-1/bang/",
    });
  });
});
