import { describe, expect, it } from "vitest";
import { highlight, snippet } from "./highlight";

const keys = new Set(["kirgizstan", "kazakstan"]);

describe("highlight", () => {
  it("marks the words whose folded key matched, in any script, and keeps the rest as text", () => {
    expect(highlight("Кыргызстан and Kyrgyzstan’s neighbour Қазақстан.", keys)).toEqual([
      { text: "Кыргызстан", hit: true },
      { text: " and ", hit: false },
      { text: "Kyrgyzstan’s", hit: true },
      { text: " neighbour ", hit: false },
      { text: "Қазақстан", hit: true },
      { text: ".", hit: false },
    ]);
  });
  it("keeps markup in the data as plain text", () => {
    const pieces = highlight('<img src=x onerror="alert(1)"> Kyrgyzstan', keys);
    expect(pieces.map((p) => p.text).join("")).toBe('<img src=x onerror="alert(1)"> Kyrgyzstan');
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["Kyrgyzstan"]);
  });
  it("gives the whole text as one piece when nothing matches", () => {
    expect(highlight("no match here", keys)).toEqual([{ text: "no match here", hit: false }]);
  });
});

describe("snippet", () => {
  const words = Array.from({ length: 100 }, (_, i) => `w${i}`);
  it("cuts a window around the first match, with ellipses", () => {
    const text = [...words.slice(0, 60), "Kyrgyzstan", ...words.slice(60)].join(" ");
    const pieces = snippet(text, keys, 12);
    const shown = pieces.map((p) => p.text).join("");
    expect(shown.startsWith("… ")).toBe(true);
    expect(shown.endsWith(" …")).toBe(true);
    expect(pieces.filter((p) => p.hit).map((p) => p.text)).toEqual(["Kyrgyzstan"]);
    expect(shown.split(/\s+/).filter((w) => w !== "…")).toHaveLength(12);
  });
  it("shows the start when nothing matches, and a short text whole", () => {
    expect(
      snippet(words.join(" "), keys, 5)
        .map((p) => p.text)
        .join(""),
    ).toBe("w0 w1 w2 w3 w4 …");
    expect(snippet("short Kyrgyzstan", keys)).toHaveLength(2);
  });
  it("cuts each query's window from the same text, however often the text was met before", () => {
    const text = [...words.slice(0, 40), "Kyrgyzstan", ...words.slice(40, 80), "Қазақстан", ...words.slice(80)].join(
      " ",
    );
    for (let round = 0; round < 2; round += 1) {
      expect(
        snippet(text, new Set(["kirgizstan"]), 5)
          .filter((p) => p.hit)
          .map((p) => p.text),
      ).toEqual(["Kyrgyzstan"]);
      expect(
        snippet(text, new Set(["kazakstan"]), 5)
          .filter((p) => p.hit)
          .map((p) => p.text),
      ).toEqual(["Қазақстан"]);
      expect(
        snippet(text, new Set(["nothing"]), 3)
          .map((p) => p.text)
          .join(""),
      ).toBe("w0 w1 w2 …");
    }
  });
});
