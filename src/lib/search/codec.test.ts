import { describe, expect, it } from "vitest";
import {
  decodeNumbers,
  decodePostings,
  decodeVocabulary,
  encodeNumber,
  encodePostings,
  encodeVocabulary,
} from "./codec";

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
  it("round-trips documents and field masks", () => {
    const postings = [
      { doc: 0, mask: 1 },
      { doc: 1, mask: 1 },
      { doc: 7, mask: 96 },
      { doc: 4000, mask: 255 },
    ];
    const decoded = decodePostings(encodePostings(postings));
    expect([...decoded.docs]).toEqual(postings.map((p) => p.doc));
    expect([...decoded.masks]).toEqual(postings.map((p) => p.mask));
  });
  it("writes a repeated mask once", () => {
    const same = encodePostings([0, 1, 2, 3].map((doc) => ({ doc, mask: 5 })));
    expect(same.length).toBe(5);
  });
  it("refuses documents out of order", () => {
    expect(() =>
      encodePostings([
        { doc: 3, mask: 1 },
        { doc: 2, mask: 1 },
      ]),
    ).toThrow(/increasing/);
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
