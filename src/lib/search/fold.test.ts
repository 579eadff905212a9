import { describe, expect, it } from "vitest";
import {
  foldText,
  foldWord,
  joinWords,
  keyboardNeighbours,
  otherLayout,
  queryRuns,
  splitWords,
  tokenize,
} from "./fold";

describe("foldWord: every spelling of a word folds to one key", () => {
  it.each([
    // case, ё/е, diacritics
    ["Kazakhstan", "kazahstan"],
    ["KAZAKHSTAN", "kazahstan"],
    ["ещё", "eshe"],
    ["ЕЩЕ", "eshe"],
    ["Éducation", "edukacion"],
    // Russian Cyrillic to the Latin skeleton
    ["Казахстан", "kazahstan"],
    ["Кыргызстан", "kirgizstan"],
    ["интеграция", "integraciia"],
    ["корпоративная", "korporativnaia"],
    ["Евразийский", "evraziiskii"],
    ["объём", "obem"],
    ["щука", "shuka"],
    ["жүзеге", "juzege"],
    // Kazakh letters fold with their Russian neighbours, and the other way round
    ["Қазақстан", "kazakstan"],
    ["Казакстан", "kazakstan"],
    ["Қырғызстанның", "kirgizstannin"],
    ["Кыргызстаннын", "kirgizstannin"],
    ["әлеуметтік", "aleumettik"],
    ["алеуметтик", "aleumettik"],
    ["өзгерістер", "ozgerister"],
    ["озгеристер", "ozgerister"],
    ["ұлттық", "ulttik"],
    ["үкімет", "ukimet"],
    ["укимет", "ukimet"],
    ["һижра", "hijra"],
    ["хижра", "hijra"],
    // transliterations, including Kazakh Latin (2017 apostrophes, 2021 diacritics)
    ["integratsiya", "integraciia"],
    ["korporativnaya", "korporativnaia"],
    ["Evraziyskiy", "evraziiskii"],
    ["Yevraziyskiy", "ievraziiskii"],
    ["Qazaqstan", "kazakstan"],
    ["Qazaqstannyñ", "kazakstannin"],
    ["Qyrǵyzstan", "kirgizstan"],
    ["Kyrgyzstan", "kirgizstan"],
    ["Kırgızistan", "kirgizistan"],
    ["shcheka", "sheka"],
    ["zhurnal", "jurnal"],
    ["журнал", "jurnal"],
    ["Jurnal", "jurnal"],
    ["şahar", "shahar"],
    ["шаһар", "shahar"],
    ["export", "eksport"],
    ["экспорт", "eksport"],
    // English -tion against Russian -ция: two letters apart, close enough for Fuse
    ["integration", "integracion"],
    // apostrophes and possessives
    ["Kyrgyzstan's", "kirgizstan"],
    ["Kyrgyzstan’s", "kirgizstan"],
    ["O'zbekiston", "ozbekiston"],
    // digits and codes stay
    ["F15", "f15"],
    ["2020", "2020"],
  ])("%s → %s", (word, key) => {
    expect(foldWord(word)).toBe(key);
  });
});

describe("tokenize", () => {
  it("splits on spaces, hyphens and signs, keeps offsets into the text", () => {
    const text = "Кезең-кезеңмен, Kyrgyzstan’s (EAEU) «союз»";
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.text)).toEqual(["Кезең", "кезеңмен", "Kyrgyzstan’s", "EAEU", "союз"]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
  });
  it.each([[""], ["   "], [".*("], ["\u0000"], ["<>/=()"]])("finds no word in %j", (text) => {
    expect(tokenize(text)).toEqual([]);
  });
  it("reads HTML as words, never as markup", () => {
    expect(tokenize("<img src=x onerror=alert(1)>").map((t) => t.text)).toEqual([
      "img",
      "src",
      "x",
      "onerror",
      "alert",
      "1",
    ]);
  });
});

describe("joinWords and splitWords", () => {
  it.each([["Kyrgyzstan’s Кезең-кезеңмен 2020 «союз» Qazaq'stan"], ["one"], ["  .,;  "], [""]])(
    "give back the folded keys of %j",
    (text) => {
      const keys = foldText(text);
      expect(splitWords(joinWords(keys))).toEqual(keys);
    },
  );
});

describe("otherLayout: a word typed with the other keyboard layout switched on", () => {
  it.each([
    ["лфяфлрыефт", "kazakhstan"],
    ["ьщвуктшяфешщт", "modernization"],
    ["rfpf[cnfy", "казахстан"],
    ["rjhgjhfnbdyfz", "корпоративная"],
    ["Ghbdtn", "привет"],
  ])("%s → %s", (typed, meant) => {
    expect(otherLayout(typed)).toBe(meant);
  });
  it.each([["Қазақ"], ["abc1"], [""], ["лф-яф"]])("has no other-layout reading for %j", (typed) => {
    expect(otherLayout(typed)).toBeUndefined();
  });
});

describe("queryRuns", () => {
  it("keeps a layout slip with punctuation as one run, and reads it both ways", () => {
    expect(queryRuns("rfpf[cnfy")).toEqual([{ text: "rfpf[cnfy", keys: ["rfpf", "knfi"], swapped: "kazahstan" }]);
  });
  it("folds each word and offers the other-layout reading", () => {
    expect(queryRuns("Qazaqstan лфяфлрыефт")).toEqual([
      // Latin always has a Cyrillic-layout reading; the engine uses it only when it matches better.
      { text: "Qazaqstan", keys: ["kazakstan"], swapped: "ifiafiieft" }, // йфяфйыефт
      { text: "лфяфлрыефт", keys: ["lfiaflrieft"], swapped: "kazahstan" },
    ]);
  });
  it.each([[""], ["   "], [".*("], ["\u0000\u0000"], ["<>"]])("finds nothing to search in %j", (query) => {
    expect(queryRuns(query)).toEqual([]);
  });
});

describe("keyboardNeighbours: the keys a finger slips to", () => {
  it.each([
    ["c", ["x", "v", "d", "f"]],
    ["q", ["w", "a"]],
    ["k", ["j", "l", "i", "o", "m"]],
    ["a", ["s", "q", "w", "z"]],
    ["m", ["n", "j", "k"]],
    ["p", ["o", "l"]],
    ["ж", []],
    ["1", []],
  ])("%s → %j", (letter, expected) => {
    expect(keyboardNeighbours(letter)).toEqual(expected);
  });
});
