import { describe, expect, it } from "vitest";
import { breakAtRelations, texToMathml } from "./math";

describe("breakAtRelations", () => {
  it.each([
    ["a < b", ["a < b"]],
    [
      "v(a,b \\mid 0) + e^* < v(a) + v(b) + e^* < v(a,b \\mid e^*)",
      ["v(a,b \\mid 0) + e^* <", "v(a) + v(b) + e^* <", "v(a,b \\mid e^*)"],
    ],
    ["\\Delta_b = x_b - v(b) - e^* \\le 0 + y + z + w", ["\\Delta_b =", "x_b - v(b) - e^* \\le", "0 + y + z + w"]],
    // Relations inside braces belong to a sub-formula and stay in it.
    ["x_{a = b} + y_{c < d} + z_{e > f} + w + w + w", ["x_{a = b} + y_{c < d} + z_{e > f} + w + w + w"]],
    // \left and \lessdot are not relations; a relation at the very end is not cut off.
    [
      "\\lessdot a + b + c + d + e + f + g + h + i + j + k =",
      ["\\lessdot a + b + c + d + e + f + g + h + i + j + k ="],
    ],
  ])("%s", (tex, pieces) => {
    expect(breakAtRelations(tex)).toEqual(pieces);
  });

  it("each piece is valid TeX", () => {
    for (const piece of breakAtRelations("v(a,b \\mid 0) + e^* < v(a) + v(b) + e^* < v(a,b \\mid e^*)"))
      expect(texToMathml(piece, false)).toContain("<math");
  });
});
