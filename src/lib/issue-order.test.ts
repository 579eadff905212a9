import { describe, expect, it } from "vitest";
import type { IssueModel, TextModel } from "./model";
import { neighbours } from "./issue-order";

const text = (slug: string) => ({ slug }) as TextModel;
const issue = { articles: [text("madumarov-pech"), text("baisakalova-amagoh"), text("bang")] } as IssueModel;

describe("neighbours", () => {
  it.each([
    ["madumarov-pech", undefined, "baisakalova-amagoh"],
    ["baisakalova-amagoh", "madumarov-pech", "bang"],
    ["bang", "baisakalova-amagoh", undefined],
  ])("%s: previous %s, next %s", (slug, previous, next) => {
    const n = neighbours(issue, text(slug));
    expect([n.previous?.slug, n.next?.slug]).toEqual([previous, next]);
  });
  it("gives none for a companion text", () => {
    expect(neighbours(undefined, text("baimenov-concentric-spheres"))).toEqual({
      previous: undefined,
      next: undefined,
    });
  });
});
