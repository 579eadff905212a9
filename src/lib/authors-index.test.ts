import { describe, expect, it } from "vitest";
import type { AuthorModel, TextModel } from "./model";
import { authorsIndex, familyNameOf } from "./authors-index";

const author = (id: string, name: string, familyName?: string) =>
  ({ id, name, ...(familyName && { familyName }) }) as AuthorModel;

describe("authorsIndex", () => {
  it("sorts the journal's authors by family name, as the names are printed", () => {
    const authors = [
      author("madumarov", "Eldar Madumarov"),
      author("bang", "Chan Young Bang"),
      author("amagoh", "Amagoh"),
      author("pech", "Gerald Pech"),
      author("baimenov", "Alikhan Baimenov"),
      author("baisakalova", "Baisakalova"),
    ];
    expect(authorsIndex(authors, []).map((a) => a.author.name)).toEqual([
      "Amagoh",
      "Alikhan Baimenov",
      "Baisakalova",
      "Chan Young Bang",
      "Eldar Madumarov",
      "Gerald Pech",
    ]);
  });
  it("uses the locale's collation: accents and case do not push a name to the end", () => {
    const names = authorsIndex(
      [author("z", "Zeta Ångström"), author("a", "Ann Abel"), author("e", "Eve Élan")],
      [],
      "en",
    );
    expect(names.map((a) => familyNameOf(a.author))).toEqual(["Abel", "Ångström", "Élan"]);
  });
  it("sorts by a family name printed first when the author file gives it", () => {
    expect(familyNameOf(author("kim", "Kim Jong Un", "Kim"))).toBe("Kim");
  });
  it("lists each author's texts", () => {
    const text = { data: { authors: ["pech", "madumarov"] } } as TextModel;
    const [pech] = authorsIndex([author("pech", "Gerald Pech")], [text]);
    expect(pech?.texts).toEqual([text]);
  });
});
