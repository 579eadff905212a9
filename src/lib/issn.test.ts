import { describe, expect, it } from "vitest";
import { isValidIssn } from "./issn";

describe("isValidIssn", () => {
  it.each([
    ["2073-5901", true], // CABJ print
    ["1991-0002", true], // CABJ electronic
    ["2409-5532", true], // IJCSRP
    ["0317-8471", true], // check digit 1
    ["2434-561X", true], // check digit X
    ["2073-5902", false], // wrong check digit
    ["1991-0003", false],
    ["20735901", false], // no hyphen
    ["2073-590", false],
    ["2434-561x", false], // lower-case x
    ["", false],
  ])("%s → %s", (issn, valid) => {
    expect(isValidIssn(issn)).toBe(valid);
  });
});
