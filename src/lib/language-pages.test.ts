import { describe, expect, it } from "vitest";
import { landingRecord, languageAlternates } from "./language-pages";
import type { TextModel } from "./model";
import type { CitableRecord } from "./scholarly/record";

const text = (langs: string[]) =>
  ({
    slug: "bang",
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
