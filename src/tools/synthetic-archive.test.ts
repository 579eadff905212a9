import { describe, expect, it } from "vitest";
import { readSite } from "../lib/read-content";
import { foldText } from "../lib/search/fold";
import { searchRecords } from "../lib/search/records";
import { bodyWords, heapsBeta, heapsK, realBodies, syntheticArchive } from "./synthetic-archive";

const real = searchRecords(readSite());
const body = realBodies(new URL("../../content/", import.meta.url).pathname);
const textOf = (r: (typeof real)[number]) => [...Object.values(r.fields), ...r.sections.map((s) => s.text)];

describe("syntheticArchive", () => {
  const archive = syntheticArchive(real, 40, body);

  it("reads the real bodies: their headings and sentences", () => {
    expect(body.headings).toContain("Literature Review");
    expect(body.sentences.length).toBeGreaterThan(500);
    expect(body.sentences.some((s) => /corruption/i.test(s))).toBe(true);
    for (const s of body.sentences) expect(s).not.toMatch(/<[A-Z]|\\\$|\[\^/);
  });
  it("makes the texts asked for, each with the fields of a real one and a body of an article's length", () => {
    expect(archive.records).toHaveLength(40);
    archive.records.forEach((r, i) => {
      const model = real[i % real.length];
      expect(Object.keys(r.fields).sort()).toEqual(Object.keys(model?.fields ?? {}).sort());
      expect(r.sections.filter((s) => s.field !== "body").map((s) => s.id)).toEqual(
        model?.sections.filter((s) => s.field !== "body").map((s) => s.id),
      );
      const words = r.sections.filter((s) => s.field === "body").flatMap((s) => s.text.split(/\s+/)).length;
      expect(words).toBeGreaterThanOrEqual(bodyWords.min);
      expect(words).toBeLessThan(bodyWords.max + 200);
    });
    expect(new Set(archive.records.map((r) => r.path)).size).toBe(40);
  });
  it("grows the vocabulary by Heaps' law, fitted to the real texts", () => {
    const realTokens = [...real.flatMap(textOf), ...body.sentences].flatMap((t) => foldText(t ?? ""));
    const expected = heapsK(realTokens.length, new Set(realTokens).size) * Math.pow(archive.tokens, heapsBeta);
    expect(archive.vocabulary / expected).toBeGreaterThan(0.95);
    expect(archive.vocabulary / expected).toBeLessThan(1.05);
    const tokens = archive.records.flatMap((r) => textOf(r).flatMap((t) => foldText(t ?? "")));
    // Recounted over the finished texts (author names and JEL codes are not grown): close to it.
    expect(new Set(tokens).size / archive.vocabulary).toBeGreaterThan(0.95);
    expect(new Set(tokens).size / archive.vocabulary).toBeLessThan(1.05);
  });
  it("keeps each summary in its own script", () => {
    for (const r of archive.records.slice(0, 20)) {
      expect(r.sections.find((s) => s.field === "ru")?.text ?? "").not.toMatch(/[A-Za-z]/);
      expect(r.sections.find((s) => s.field === "en")?.text ?? "").not.toMatch(/[\u0400-\u04FF]/);
    }
  });
  it("is the same archive on every run", () => {
    expect(syntheticArchive(real, 5, body).records).toEqual(syntheticArchive(real, 5, body).records);
  });
});
