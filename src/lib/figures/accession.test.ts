import { describe, expect, it } from "vitest";
import { accession, formatValue, type AccessionInputs } from "./accession";

/** The starting values of content/data/accession-model.yaml: the situation the article argues held for Kyrgyzstan. */
const kyrgyzstan: AccessionInputs = {
  va: 100,
  vb: 20,
  vabEffort: 130,
  vabNoEffort: 115,
  effort: 5,
  xb: 18,
  investment: "on-accession",
};

describe("the accession model of section 3, worked by hand", () => {
  it("Kyrgyzstan: Δ_b < 0 < Δ_a + Δ_b and x_b < v(b)", () => {
    const o = accession(kyrgyzstan);
    // x_a = 130 − 18 = 112; Δ_a = 112 − 100 = 12; Δ_b = 18 − 20 − 5 = −7
    expect([o.xa, o.deltaA, o.deltaB]).toEqual([112, 12, -7]);
    expect(o.deltaB < 0 && 0 < o.deltaA + o.deltaB && kyrgyzstan.xb < kyrgyzstan.vb).toBe(true);
    expect(o.efficientWithEffort).toBe(true); // 130 > 125
    expect(o.efficientWithoutEffort).toBe(false); // 115 < 120
    expect(o.paysEffortAfterAccession).toBe(true); // 130 ≥ 115 + 5
    expect([o.case1, o.case2]).toEqual(["1b", "2a"]);
    expect(o.lines.find((l) => l.key === "investment")!.value).toBe("I > 7");
    expect(o.findings).toEqual([expect.stringContaining("Result 1"), expect.stringContaining("Result 2")]);
    expect(o.findings[0]).toContain("7 < I ≤ 12");
    expect(o.findings[1]).toContain("b will not join unless a makes the investment before accession");
  });

  it("Case 1a: an investment of value to b anyway does not bring b in", () => {
    const o = accession({ ...kyrgyzstan, investment: "anyway" });
    expect(o.case1).toBe("1a");
    expect(o.findings[0]).toMatch(/^Case 1a: .* b does not join\.$/);
  });

  it("Case 2b: x_b ≥ v(b), and a pays I′ = e* after accession (the Claim)", () => {
    // x_b = 22: Δ_b = 22 − 20 − 5 = −3 < 0, x_b − v(b) = 2 ≥ 0; v(a,b|e*) = 130 ≥ 115 + 5
    const o = accession({ ...kyrgyzstan, xb: 22 });
    expect(o.deltaB).toBe(-3);
    expect(o.case2).toBe("2b");
    expect(o.findings.at(-1)).toContain("a will want to pay I′ = e* = 5 after accession");
  });

  it("Case 2b where the Claim's inequality fails: b cannot rely on being compensated", () => {
    // v(a,b|0) = 128: 130 < 128 + 5 (and the union is then efficient without the effort, 128 > 120)
    const o = accession({ ...kyrgyzstan, xb: 22, vabNoEffort: 128 });
    expect(o.paysEffortAfterAccession).toBe(false);
    expect(o.efficientWithoutEffort).toBe(true);
    expect(o.findings).toContainEqual(expect.stringContaining("the Claim’s proof does not apply"));
    expect(o.findings.at(-1)).toContain("cannot rely on being compensated");
  });

  it("Δ_b ≥ 0: b needs no incentive", () => {
    // x_b = 26: Δ_b = 26 − 20 − 5 = 1
    const o = accession({ ...kyrgyzstan, xb: 26 });
    expect(o.deltaB).toBe(1);
    expect(o.lines.find((l) => l.key === "investment")!.value).toBe("none needed (Δ_b = 1 ≥ 0)");
    expect(o.findings[0]).toContain("needs no incentive");
  });

  it("an inefficient union: the premise fails, and no investment can help", () => {
    // v(a,b|e*) = 120 is not above 100 + 20 + 5 = 125; Δ_a + Δ_b = 102 − 100 + (18 − 25) = −5
    const o = accession({ ...kyrgyzstan, vabEffort: 120 });
    expect(o.efficientWithEffort).toBe(false);
    expect(o.deltaA + o.deltaB).toBe(-5);
    expect(o.findings[0]).toContain("premise fails");
    expect(o.findings.some((f) => f.includes("Result 1"))).toBe(false);
  });

  it("every line has a formula from the article and a value", () => {
    for (const line of accession(kyrgyzstan).lines) {
      expect(line.formula).not.toBe("");
      expect(line.value).not.toBe("");
    }
  });
});

describe("formatValue", () => {
  it.each([
    [12, "12"],
    [-7, "−7"],
    [2.5, "2.5"],
    [1 / 3, "0.33"],
    [-0.004, "0"],
  ])("%d → %s", (value, expected) => {
    expect(formatValue(value)).toBe(expected);
  });
});
