import { describe, expect, it } from "vitest";
import { fullTextNote, landingRecord, languageAlternates, uiFor } from "./language-pages";
import type { UiStrings } from "../schemas/ui";
import type { UiTable } from "./ui";
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
  const record = {
    title: "T",
    language: "en",
    abstract: "A",
    url: "https://x/issues/11-1/bang/",
    pdfUrl: "https://x/issues/11-1/bang/bang.pdf",
  } as CitableRecord;

  it("describes the same work (title, language of the text, address, PDF) with the page's summary as abstract", () => {
    const landing = landingRecord(record, "ru", "Резюме", (p) => `https://x/${p}`, "ru/bang/");
    expect(landing).toEqual({
      title: "T",
      language: "en",
      abstract: "Резюме",
      url: "https://x/issues/11-1/bang/",
      pdfUrl: "https://x/issues/11-1/bang/bang.pdf",
      landing: { lang: "ru", url: "https://x/ru/bang/" },
    });
  });

  it("names no address of its own when the site's origin is unknown", () => {
    const { url: _url, pdfUrl: _pdf, ...bare } = record;
    expect(landingRecord(bare, "kk", "Түйін", () => undefined, "kk/bang/").landing).toEqual({ lang: "kk" });
  });
});

describe("uiFor and fullTextNote", () => {
  const en = {
    summariesTitle: "Summaries in English",
    summariesIntro: "The English summary of every article.",
    noSummaries: "No article of this issue has a summary in English.",
    fullTextNote: "The full text of the article is in English.",
  } as unknown as UiStrings;
  const ru = { fullTextNote: "Полный текст статьи на английском языке." } as unknown as UiStrings;
  const table = { en, ru, kk: ru } as unknown as UiTable;

  it("gives a language with no interface strings the English interface, naming that language", () => {
    const ui = uiFor(table, "pt");
    expect(ui.lang).toBe("en");
    expect([ui.strings.summariesTitle, ui.strings.summariesIntro, ui.strings.noSummaries]).toEqual([
      "Summaries in Portuguese",
      "The Portuguese summary of every article that has one.",
      "No article of this issue has a summary in Portuguese.",
    ]);
    expect(uiFor(table, "ru")).toEqual({ strings: ru, lang: "ru" });
  });

  it("says in which language the full text is", () => {
    expect(fullTextNote(uiFor(table, "ru"), "en")).toEqual({ text: ru.fullTextNote, lang: "ru" });
    expect(fullTextNote(uiFor(table, "en"), "pt")).toEqual({
      text: "The full text of the article is in Portuguese.",
      lang: "en",
    });
    expect(fullTextNote(uiFor(table, "ru"), "es")).toEqual({
      text: "The full text of the article is in Spanish.",
      lang: "en",
    });
  });
});
