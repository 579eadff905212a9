import { describe, expect, it } from "vitest";
import { compoundAnnualGrowth, exactPercent, formatNumber, parsePrinted, percentIsErratum, percentOf } from "./numbers";

describe("parsePrinted", () => {
  it.each([
    ["181", 181, 0],
    ["15.0", 15, 1],
    ["-0.319982", -0.319982, 6],
    ["0.817", 0.817, 3],
  ])("%s", (text, value, decimals) => {
    expect(parsePrinted(text)).toEqual({ value, decimals, text });
  });
  it.each(["", "6x", "1,200", "12.", ".5", "1e3", " 12", "NaN"])("rejects %j", (text) => {
    expect(parsePrinted(text)).toBeUndefined();
  });
});

describe("percentOf rounds half up, exactly", () => {
  // Expected values worked by hand: 100·count/n, then the first dropped digit decides.
  it.each([
    [64, 187, 1, "34.2"], // 34.224…
    [117, 187, 1, "62.6"], // 62.566…
    [181, 187, 1, "96.8"], // 96.791…
    [28, 187, 1, "15.0"], // 14.973…
    [1, 8, 1, "12.5"], // 12.5 exactly
    [1, 16, 1, "6.3"], // 6.25: a half goes up
    [187, 237, 1, "78.9"], // 78.902…
    [0, 5, 1, "0.0"],
    [5, 5, 0, "100"],
  ])("%i of %i to %i decimals → %s", (count, n, decimals, expected) => {
    expect(percentOf(count, n, decimals)).toBe(expected);
  });
  it("refuses a count that is not whole or a total that is not positive", () => {
    expect(() => percentOf(1.5, 10, 1)).toThrow(RangeError);
    expect(() => percentOf(1, 0, 1)).toThrow(RangeError);
  });
});

describe("percentIsErratum: more than half a unit in the last printed digit", () => {
  it.each([
    ["96.7", 181, 187, true], // exact 96.791: off by 0.091 > 0.05
    ["96.8", 181, 187, false],
    ["62.5", 117, 187, true], // 62.566: off by 0.066
    ["62.6", 117, 187, false],
    ["68.9", 129, 187, true], // 68.983
    ["15.0", 28, 187, false], // 14.973: off by 0.027
    ["15", 28, 187, false], // whole-number print: half a unit is 0.5
    ["12.5", 1, 8, false], // exactly equal
    ["6.2", 1, 16, false], // 6.25: exactly half a unit away is not more than half
    ["6.1", 1, 16, true],
    ["78.9", 187, 237, false],
  ])("%s for %i of %i → %s", (text, count, n, expected) => {
    expect(percentIsErratum(parsePrinted(text)!, count, n)).toBe(expected);
  });
});

describe("exactPercent", () => {
  it("shows three decimals", () => {
    expect(exactPercent(181, 187)).toBe("96.791");
    expect(exactPercent(1, 3)).toBe("33.333");
  });
});

describe("compoundAnnualGrowth", () => {
  it("is the rate that compounds first into last", () => {
    const rate = compoundAnnualGrowth(800, 24738, 28);
    expect(800 * (1 + rate) ** 28).toBeCloseTo(24738, 6);
    expect(rate).toBeCloseTo(0.13042, 4);
  });
  it.each([
    [100, 200, 1, 1],
    [100, 121, 2, 0.1],
    [100, 100, 5, 0],
  ])("%i → %i in %i years = %d", (first, last, years, expected) => {
    expect(compoundAnnualGrowth(first, last, years)).toBeCloseTo(expected, 12);
  });
  it("refuses values it cannot compound", () => {
    expect(() => compoundAnnualGrowth(0, 5, 2)).toThrow(RangeError);
    expect(() => compoundAnnualGrowth(5, 6, 0)).toThrow(RangeError);
  });
});

describe("formatNumber", () => {
  it.each([
    [24738, 0, "24,738"],
    [6135, 0, "6,135"],
    [188.9, 1, "188.9"],
    [1234567.891, 2, "1,234,567.89"],
    [-0.319982, 6, "−0.319982"],
    [0, 1, "0.0"],
    [-0.0001, 1, "0.0"],
  ])("%d with %i decimals → %s", (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected);
  });
});
