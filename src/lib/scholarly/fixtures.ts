import type { Journal } from "../../schemas/journal";
import type { AuthorModel, IssueModel, TextModel } from "../model";

/**
 * Test fixtures in the shape the content model gives: the journal and issue as content/ has them,
 * and texts built from the fields each test needs.
 */
export const journal: Journal = {
  title: "Central Asia Business Journal",
  abbreviation: "CABJ",
  titleSource: "running head",
  publisher: { name: "KIMEP University", place: "Almaty, Kazakhstan", source: "kimep.kz" },
  issn: { print: "2073-5901", electronic: "1991-0002", source: "kimep.kz" },
  sections: [
    { id: "research", label: "Research papers" },
    { id: "perspectives", label: "Perspectives" },
  ],
  sectionsSource: "cabj.kz",
};

export const issue: IssueModel = {
  id: "11-1",
  file: "content/issues/11-1/issue.yaml",
  data: { volume: 11, number: 1, season: "Spring", year: 2020, source: "running head" },
  sections: [],
  articles: [],
  path: "issues/11-1/",
};

export const url = (path: string) => `https://library.example.org/journals/cabj/${path}`;

const author = (id: string, name: string, more: Partial<AuthorModel> = {}): AuthorModel => ({ id, name, ...more });

export const madumarov = author("madumarov", "Eldar Madumarov", {
  affiliation: "KIMEP University, Kazakhstan",
  email: "madumarov@kimep.kz",
});
export const pech = author("pech", "Gerald Pech", {
  affiliation: "KIMEP University, Kazakhstan",
  email: "gp@geraldpech.net",
});
export const amagoh = author("amagoh", "Amagoh");

export function article(slug: string, authors: AuthorModel[], data: Partial<TextModel["data"]> = {}): TextModel {
  return {
    entryId: `issues/11-1/articles/${slug}`,
    slug,
    file: `content/issues/11-1/articles/${slug}.mdx`,
    kind: "article",
    data: {
      title: `Title of ${slug}`,
      issue: "11-1",
      section: "research",
      order: 1,
      authors: authors.map((a) => a.id),
      ...data,
    },
    authors,
    summaries: [],
    path: `issues/11-1/${slug}/`,
  };
}

export function companion(slug: string, authors: AuthorModel[], data: Partial<TextModel["data"]>): TextModel {
  return {
    entryId: `companions/${slug}`,
    slug,
    file: `content/companions/${slug}.mdx`,
    kind: "companion",
    data: { title: `Title of ${slug}`, authors: authors.map((a) => a.id), ...data },
    authors,
    summaries: [],
    path: `companions/${slug}/`,
  };
}
