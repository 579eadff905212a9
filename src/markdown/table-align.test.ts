import { describe, expect, it } from "vitest";
import { cellAlignment } from "./table-align";

describe("cellAlignment", () => {
  it.each([
    ["text-align:right", "right"],
    ["text-align: center", "center"],
    ["color:red;text-align:left", "left"],
    ["color:red", undefined],
    [undefined, undefined],
    [42, undefined],
  ])("%s → %s", (style, expected) => {
    expect(cellAlignment(style)).toBe(expected);
  });
});
