import type { Article } from "../schemas/article";
import type { Author } from "../schemas/author";
import type { Issue } from "../schemas/issue";
import type { Journal } from "../schemas/journal";
import type { Summary } from "../schemas/summary";
import { ContentError, type ContentProblem } from "./content-error";
import { languages, type Language } from "./languages";

/** An entry as a content loader gives it: its id, its file, its validated data, its body. */
export interface RawEntry<T> {
  id: string;
  filePath?: string | undefined;
  data: T;
  body?: string | undefined;
}

export interface RawContent {
  journal: RawEntry<Journal>[];
  issues: RawEntry<Issue>[];
  authors: RawEntry<Author>[];
  articles: RawEntry<Article>[];
  summaries: RawEntry<Summary>[];
}

export interface AuthorModel extends Author {
  id: string;
}

/** An article of an issue, or a companion text, with everything its pages show. */
export interface TextModel {
  /** The loader's id, used to render the body. */
  entryId: string;
  slug: string;
  file: string;
  kind: "article" | "companion";
  data: Article;
  authors: AuthorModel[];
  /** Summaries in the site's language order (en, ru, kk), then other languages by tag. */
  summaries: Summary[];
  /** Path below the site's base, without leading slash, with trailing slash. */
  path: string;
}

export interface SectionModel {
  id: string;
  label: string;
  articles: TextModel[];
}

export interface IssueModel {
  id: string;
  file: string;
  data: Issue;
  /** Sections in the journal's order, only those with articles. */
  sections: SectionModel[];
  articles: TextModel[];
  path: string;
}

export interface SiteModel {
  journal: Journal;
  /** Newest first. */
  issues: IssueModel[];
  companions: TextModel[];
  /** Every article and companion text. */
  texts: TextModel[];
  authors: AuthorModel[];
  issueOf(text: TextModel): IssueModel | undefined;
}

const fileOf = (entry: RawEntry<unknown>, fallback: string) => entry.filePath ?? fallback;

/** The slug of an article: its file name without the extension. */
export const slugOf = (id: string) => id.split("/").pop() ?? id;

/**
 * Checks that the content holds together (references resolve, slugs are unique, bodies are not
 * empty, files sit where their fields say) and assembles the model every page reads.
 * Throws a ContentError listing every problem; never drops an entry.
 */
export function buildModel(raw: RawContent): SiteModel {
  const problems: ContentProblem[] = [];
  const problem = (file: string, field: string, expected: string) => problems.push({ file, field, expected });

  const journalEntry = raw.journal[0];
  if (!journalEntry)
    throw new ContentError([{ file: "content/journal.yaml", field: "(file)", expected: "expected the journal file" }]);
  const journal = journalEntry.data;
  const sectionIds = new Set(journal.sections.map((s) => s.id));

  const authors = new Map(raw.authors.map((a) => [a.id, { ...a.data, id: a.id }]));
  const issueIds = new Set(raw.issues.map((i) => i.id));

  const texts: TextModel[] = [];
  const bySlug = new Map<string, string>();
  for (const entry of raw.articles) {
    const file = fileOf(entry, entry.id);
    const slug = slugOf(entry.id);
    const data = entry.data;
    // Read once: a loader may read the body from its file when asked (see site.ts).
    const body = entry.body;
    const folderIssue = /issues\/([^/]+)\/articles\//.exec(entry.id)?.[1];
    const seen = bySlug.get(slug);
    if (seen) problem(file, "slug", `expected a unique slug, but "${slug}" is also the slug of ${seen}`);
    bySlug.set(slug, file);
    if (!/^[a-z0-9][a-z0-9-]*$/.test(slug))
      problem(file, "slug", `expected a file name of lower-case letters, digits and hyphens, got "${slug}"`);
    if (!body || body.trim() === "") problem(file, "body", "expected the full text, got an empty body");
    if (folderIssue !== undefined) {
      if (data.issue !== folderIssue)
        problem(file, "issue", `expected "${folderIssue}", the folder the file is in, got "${data.issue ?? "(none)"}"`);
      if (!issueIds.has(folderIssue))
        problem(file, "issue", `expected an issue.yaml in content/issues/${folderIssue}/`);
    } else if (data.issue !== undefined) {
      problem(file, "issue", "expected no issue on a companion text (move it to content/issues/<issue>/articles/)");
    }
    data.printedErrors?.forEach((error, i) => {
      if (!body?.includes(error.printed))
        problem(
          file,
          `printedErrors.${i}.printed`,
          `expected words the text prints, but the body does not contain "${error.printed}"`,
        );
    });
    if (data.section !== undefined && !sectionIds.has(data.section))
      problem(
        file,
        "section",
        `expected one of the sections in journal.yaml (${[...sectionIds].join(", ")}), got "${data.section}"`,
      );
    const textAuthors: AuthorModel[] = [];
    data.authors.forEach((id, i) => {
      const author = authors.get(id);
      if (author) textAuthors.push(author);
      else problem(file, `authors.${i}`, `expected the id of a file in content/authors/, got "${id}"`);
    });
    if (new Set(data.authors).size !== data.authors.length) problem(file, "authors", "expected each author once");
    const kind = folderIssue === undefined ? "companion" : "article";
    texts.push({
      entryId: entry.id,
      slug,
      file,
      kind,
      data,
      authors: textAuthors,
      summaries: [],
      path: kind === "article" ? `issues/${folderIssue}/${slug}/` : `companions/${slug}/`,
    });
  }

  const textBySlug = new Map(texts.map((t) => [t.slug, t]));
  const languageOrder = Object.keys(languages) as Language[];
  const summaryKeys = new Set<string>();
  for (const entry of raw.summaries) {
    const file = fileOf(entry, entry.id);
    const { article, lang } = entry.data;
    const target = textBySlug.get(article);
    if (!target) {
      problem(file, "article", `expected the slug of an article, got "${article}"`);
      continue;
    }
    const expectedName = `${article}.${lang}`;
    if (slugOf(file).replace(/\.ya?ml$/, "") !== expectedName)
      problem(file, "(file name)", `expected the file to be named ${expectedName}.yaml`);
    const key = `${article}/${lang}`;
    if (summaryKeys.has(key)) problem(file, "lang", `expected one ${lang} summary of ${article}, found another`);
    summaryKeys.add(key);
    target.summaries.push(entry.data);
  }
  // The interface languages in their order, then any other language by its tag.
  const rank = (lang: string) => {
    const i = languageOrder.indexOf(lang as Language);
    return i < 0 ? languageOrder.length : i;
  };
  for (const text of texts) text.summaries.sort((a, b) => rank(a.lang) - rank(b.lang) || a.lang.localeCompare(b.lang));

  const issues: IssueModel[] = raw.issues.map((entry) => {
    const articles = texts
      .filter((t) => t.data.issue === entry.id)
      .sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));
    const orders = new Map<number, string>();
    for (const a of articles) {
      const order = a.data.order ?? 0;
      const other = orders.get(order);
      if (other)
        problem(
          a.file,
          "order",
          `expected a unique position in issue ${entry.id}, but ${order} is also that of ${other}`,
        );
      orders.set(order, a.file);
    }
    const sections = journal.sections
      .map((s) => ({ ...s, articles: articles.filter((a) => a.data.section === s.id) }))
      .filter((s) => s.articles.length > 0);
    return {
      id: entry.id,
      file: fileOf(entry, entry.id),
      data: entry.data,
      sections,
      articles,
      path: `issues/${entry.id}/`,
    };
  });
  issues.sort((a, b) => b.data.year - a.data.year || b.data.volume - a.data.volume || b.data.number - a.data.number);

  if (problems.length > 0) throw new ContentError(problems);

  const issueById = new Map(issues.map((i) => [i.id, i]));
  return {
    journal,
    issues,
    companions: texts.filter((t) => t.kind === "companion").sort((a, b) => a.data.title.localeCompare(b.data.title)),
    texts,
    authors: [...authors.values()].sort((a, b) => a.name.localeCompare(b.name)),
    issueOf: (text) => (text.data.issue ? issueById.get(text.data.issue) : undefined),
  };
}
