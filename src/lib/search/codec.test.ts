import { describe, expect, it } from "vitest";
import {
  decodeLetterAnswer,
  decodeNumbers,
  decodePostings,
  decodeVocabulary,
  encodeLetterAnswer,
  encodeNumber,
  encodePostings,
  encodeVocabulary,
  roundScore,
  type EncodedLetterAnswer,
} from "./codec";
import type { LetterAnswer } from "./engine";

describe("numbers", () => {
  it.each([[[0]], [[31]], [[32]], [[1023, 1024, 0, 5]], [[2 ** 31 - 1]], [[]]])("round-trips %j", (numbers) => {
    const out: string[] = [];
    for (const n of numbers) encodeNumber(n, out);
    expect(decodeNumbers(out.join(""))).toEqual(numbers);
  });
  it("uses one character for numbers below 32", () => {
    const out: string[] = [];
    encodeNumber(31, out);
    expect(out.join("")).toHaveLength(1);
  });
  it.each([["!"], ["я"], ["W"]])("rejects %j with a clear error", (text) => {
    expect(() => decodeNumbers(text)).toThrow(/search index/);
  });
});

describe("postings", () => {
  const p = (doc: number, mask: number, count = 0, sections: number[] = []) => ({ doc, mask, count, sections });
  it("round-trips documents, field masks, body counts and sections", () => {
    const postings = [p(0, 1), p(1, 1, 3, [0, 4]), p(7, 96, 0, [2]), p(4000, 511, 70, [1, 2, 3, 40])];
    const decoded = decodePostings(encodePostings(postings));
    expect([...decoded.docs]).toEqual(postings.map((x) => x.doc));
    expect([...decoded.masks]).toEqual(postings.map((x) => x.mask));
    expect([...decoded.counts]).toEqual(postings.map((x) => x.count));
    const sections = postings.map((_, i) => [
      ...decoded.sections.slice(decoded.sectionStarts[i], decoded.sectionStarts[i + 1]),
    ]);
    expect(sections).toEqual(postings.map((x) => x.sections));
  });
  it("writes a repeated mask once", () => {
    const same = encodePostings([0, 1, 2, 3].map((doc) => p(doc, 5)));
    expect(same.length).toBe(4 * 3 + 1);
  });
  it("refuses documents and sections out of order, and a cut list", () => {
    expect(() => encodePostings([p(3, 1), p(2, 1)])).toThrow(/increasing document order/);
    expect(() => encodePostings([p(3, 1, 1, [2, 1])])).toThrow(/sections must be increasing/);
    expect(() => decodePostings(encodePostings([p(3, 1, 1, [2, 5])]).slice(0, -1))).toThrow(/middle of a posting/);
  });
});

describe("vocabulary", () => {
  it("round-trips a sorted vocabulary and shares prefixes", () => {
    const words = ["kazahstan", "kazahstana", "kazakstan", "kirgizstan", "a", "ab"].sort();
    const encoded = encodeVocabulary(words);
    expect(decodeVocabulary(encoded)).toEqual(words);
    expect(encoded.length).toBeLessThan(words.join(" ").length);
  });
  it("handles the empty vocabulary", () => {
    expect(decodeVocabulary(encodeVocabulary([]))).toEqual([]);
  });
  it.each([[""], ["a b"]])("refuses the word %j", (word) => {
    expect(() => encodeVocabulary([word])).toThrow(/cannot store/);
  });
});

describe("one-letter answers", () => {
  const answer: LetterAnswer = {
    words: ["b", "by", "but"],
    hits: [
      {
        doc: 7,
        score: 1.2345678901234567,
        matchedWords: 1,
        typos: 0,
        fields: ["title", "body"],
        sections: [
          [0, 1],
          [3, 1],
        ],
      },
      { doc: 2, score: 0.5, matchedWords: 1, typos: 0, fields: ["ru"], sections: [] },
    ],
  };
  it("come back as they went, in their order, scores to four significant digits", () => {
    const encoded = JSON.parse(JSON.stringify(encodeLetterAnswer(answer))) as EncodedLetterAnswer;
    expect(encoded.scores).toEqual([1.235, 0.5]);
    expect(decodeLetterAnswer(encoded)).toEqual({
      ...answer,
      hits: answer.hits.map((hit) => ({ ...hit, score: roundScore(hit.score) })),
    });
  });
  it("refuse a hit of two words or with a typo", () => {
    const first = answer.hits[0] as LetterAnswer["hits"][number];
    expect(() => encodeLetterAnswer({ words: ["b"], hits: [{ ...first, matchedWords: 2 }] })).toThrow(/one word/);
    expect(() => encodeLetterAnswer({ words: ["b"], hits: [{ ...first, typos: 1 }] })).toThrow(/one word/);
  });
  it("say what is wrong with a truncated answer", () => {
    const encoded = encodeLetterAnswer(answer);
    expect(() => decodeLetterAnswer({ ...encoded, scores: [1] })).toThrow(/more scores|middle of a hit/);
    expect(() => decodeLetterAnswer({ ...encoded, scores: [1, 2, 3] })).toThrow(/more scores/);
  });
});
