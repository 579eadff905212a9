import type { AuthorModel, TextModel } from "./model";

/** The name an author is indexed under: `familyName` when given, else the last word of the name as printed. */
export const familyNameOf = (author: Pick<AuthorModel, "name" | "familyName">): string =>
  author.familyName ?? author.name.trim().split(/\s+/).at(-1) ?? author.name;

export interface IndexedAuthor {
  author: AuthorModel;
  /** The texts the author wrote, in the order the site lists them. */
  texts: TextModel[];
}

/** Every author by family name, then by the whole name, with the locale's collation, and their texts. */
export function authorsIndex(
  authors: readonly AuthorModel[],
  texts: readonly TextModel[],
  locale = "en",
): IndexedAuthor[] {
  const collator = new Intl.Collator(locale, { sensitivity: "base" });
  return [...authors]
    .sort((a, b) => collator.compare(familyNameOf(a), familyNameOf(b)) || collator.compare(a.name, b.name))
    .map((author) => ({ author, texts: texts.filter((t) => t.data.authors.includes(author.id)) }));
}
