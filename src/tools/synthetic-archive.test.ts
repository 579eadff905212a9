import { describe, expect, it } from "vitest";
import { readSite } from "../lib/read-content";
import { foldText } from "../lib/search/fold";
import { searchRecords } from "../lib/search/records";
import { heapsBeta, heapsK, syntheticArchive } from "./synthetic-archive";

const real = searchRecords(readSite());

describe("syntheticArchive", () => {
  const archive = syntheticArchive(real, 200);

  it("makes the texts asked for, each with the fields of a real one", () => {
    expect(archive.records).toHaveLength(200);
    archive.records.forEach((r, i) => {
      expect(Object.keys(r.fields).sort()).toEqual(Object.keys(real[i % real.length]?.fields ?? {}).sort());
      expect(r.fields.title?.length).toBeGreaterThan(0);
    });
    expect(new Set(archive.records.map((r) => r.path)).size).toBe(200);
  });
  it("grows the vocabulary by Heaps' law, fitted to the real texts", () => {
    const realTokens = real.flatMap((r) => Object.values(r.fields).flatMap((t) => foldText(t ?? "")));
    const k = heapsK(realTokens.length, new Set(realTokens).size);
    const expected = k * Math.pow(archive.tokens, heapsBeta);
    expect(archive.vocabulary / expected).toBeGreaterThan(0.95);
    expect(archive.vocabulary / expected).toBeLessThan(1.05);
    const tokens = archive.records.flatMap((r) => Object.values(r.fields).flatMap((t) => foldText(t ?? "")));
    // Recounted over the finished texts (author names and JEL codes are not grown): close to it.
    expect(new Set(tokens).size / archive.vocabulary).toBeGreaterThan(0.95);
    expect(new Set(tokens).size / archive.vocabulary).toBeLessThan(1.05);
  });
  it("keeps each summary in its own script", () => {
    for (const r of archive.records.slice(0, 20)) {
      expect(r.fields.ru ?? "").not.toMatch(/[A-Za-z]/);
      expect(r.fields.en ?? "").not.toMatch(/[\u0400-\u04FF]/);
    }
  });
  it("is the same archive on every run", () => {
    expect(syntheticArchive(real, 20).records).toEqual(syntheticArchive(real, 20).records);
  });
});
