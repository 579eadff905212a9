import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { parse, parseDocument, stringify as yamlStringify } from "yaml";
import type { z } from "astro/zod";
import { articleSchema } from "../../../schemas/article";
import { authorSchema } from "../../../schemas/author";
import { issueSchema } from "../../../schemas/issue";
import { journalSchema } from "../../../schemas/journal";
import { summarySchema } from "../../../schemas/summary";
import { readJatsArticle, type ImportedArticle, type ImportedPerson } from "./article";
import { ImportError } from "./tree";

/** What one run did, article by article. */
export interface ImportReport {
  /** One line per article (and per failed file), in the order processed. */
  lines: string[];
  created: number;
  updated: number;
  unchanged: number;
  failed: number;
  warnings: number;
}

const slugify = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
/** YAML with every string quoted: a date or a number-like page ("206") stays a string for any YAML reader. */
const stringify = (value: unknown) =>
  yamlStringify(value, { lineWidth: 0, defaultStringType: "QUOTE_DOUBLE", defaultKeyType: "PLAIN" });
const sameName = (a: string, b: string) => slugify(a) === slugify(b);

/** The JATS files a path names: the file itself, or every .xml file in a folder and its subfolders. */
export function jatsFiles(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return (readdirSync(path, { recursive: true }) as string[])
    .filter((p) => p.toLowerCase().endsWith(".xml"))
    .sort()
    .map((p) => join(path, p));
}

function check<T>(schema: z.ZodType<T>, value: unknown, file: string, source: string): T {
  const result = schema.safeParse(value);
  if (!result.success)
    throw new ImportError(
      source,
      undefined,
      `would write ${file} with ${result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`).join("; ")}`,
    );
  return result.data;
}

interface ExistingArticle {
  slug: string;
  issue: string;
  file: string;
  order: number;
  key?: string;
}

/** The articles, authors and journal already in the content folder. */
function readExisting(root: string) {
  const articles: ExistingArticle[] = [];
  const issuesDir = join(root, "issues");
  if (existsSync(issuesDir))
    for (const issue of readdirSync(issuesDir)) {
      const dir = join(issuesDir, issue, "articles");
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((n) => /\.mdx?$/.test(n))) {
        const text = readFileSync(join(dir, name), "utf8");
        const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? "";
        const data = (parse(front) ?? {}) as {
          doi?: string;
          articleIds?: { type: string; value: string }[];
          order?: number;
        };
        const publisherId = data.articleIds?.find((i) => i.type === "publisher-id")?.value;
        const key = data.doi
          ? `doi:${data.doi.toLowerCase()}`
          : publisherId
            ? `publisher-id:${publisherId}`
            : undefined;
        articles.push({
          slug: name.replace(/\.mdx?$/, ""),
          issue,
          file: join(dir, name),
          order: data.order ?? 0,
          ...(key && { key }),
        });
      }
    }
  for (const dir of ["companions"]) {
    const d = join(root, dir);
    if (existsSync(d))
      for (const name of readdirSync(d).filter((n) => /\.mdx?$/.test(n)))
        articles.push({ slug: name.replace(/\.mdx?$/, ""), issue: "", file: join(d, name), order: 0 });
  }
  const authors = new Map<string, { name: string; orcid?: string }>();
  const authorsDir = join(root, "authors");
  if (existsSync(authorsDir))
    for (const name of readdirSync(authorsDir).filter((n) => n.endsWith(".yaml"))) {
      const data = (parse(readFileSync(join(authorsDir, name), "utf8")) ?? {}) as { name?: string; orcid?: string };
      authors.set(name.replace(/\.yaml$/, ""), { name: data.name ?? "", ...(data.orcid && { orcid: data.orcid }) });
    }
  return { articles, authors };
}

/** The ids of an article's authors: an existing author with the same ORCID, else the same name; else a new file. */
function authorIds(
  people: ImportedPerson[],
  authors: Map<string, { name: string; orcid?: string }>,
  files: Map<string, string>,
) {
  return people.map((p) => {
    const byOrcid = p.orcid ? [...authors].find(([, a]) => a.orcid === p.orcid) : undefined;
    const byName = [...authors].find(([, a]) => sameName(a.name, p.name) && (!p.orcid || !a.orcid));
    const found = byOrcid ?? byName;
    if (found) return found[0];
    const base = slugify(p.name) || "author";
    let id = base;
    for (let n = 2; authors.has(id); n++) id = `${base}-${n}`;
    const record = {
      name: p.name,
      ...(p.familyName && { familyName: p.familyName }),
      ...(p.givenNames && { givenNames: p.givenNames }),
      ...(p.affiliation && { affiliation: p.affiliation }),
      ...(p.email && { email: p.email }),
      ...(p.orcid && { orcid: p.orcid }),
    };
    check(authorSchema, record, `authors/${id}.yaml`, "");
    authors.set(id, { name: p.name, ...(p.orcid && { orcid: p.orcid }) });
    files.set(`authors/${id}.yaml`, stringify(record));
    return id;
  });
}

/**
 * Imports JATS files into the content folder `root`: per article its Markdown file, its summaries,
 * new authors, the issue's issue.yaml when the issue is new, a section the journal lacks, and the
 * images found beside the XML. Safe to run twice: the DOI (else the publisher id) keys an article,
 * so importing it again rewrites the same files with the same text. A file that fails writes
 * nothing: every file of an article is written to a temporary folder first, then moved.
 */
export function importJats(paths: string[], root: string, log: (line: string) => void = () => {}): ImportReport {
  const report: ImportReport = { lines: [], created: 0, updated: 0, unchanged: 0, failed: 0, warnings: 0 };
  const say = (line: string) => {
    report.lines.push(line);
    log(line);
  };
  const journalFile = join(root, "journal.yaml");
  if (!existsSync(journalFile))
    throw new ImportError(journalFile, undefined, "expected the journal's journal.yaml in the content folder");
  const journalDoc = parseDocument(readFileSync(journalFile, "utf8"));
  const journal = check(journalSchema, journalDoc.toJS(), "journal.yaml", journalFile);
  const journalIssns = [journal.issn.print, journal.issn.electronic]
    .filter((i): i is string => !!i)
    .map((i) => i.toUpperCase());
  const existing = readExisting(root);

  const read: ImportedArticle[] = [];
  for (const file of paths.flatMap(jatsFiles)) {
    try {
      read.push(readJatsArticle(readFileSync(file, "utf8"), file));
    } catch (error) {
      report.failed++;
      say(`FAILED  ${error instanceof ImportError ? error.message : `${file}: ${String(error)}`}`);
    }
  }
  // Printed order within an issue: by first page (or e-location), then file name.
  read.sort(
    (a, b) =>
      a.issue.volume - b.issue.volume ||
      a.issue.number - b.issue.number ||
      a.position - b.position ||
      a.file.localeCompare(b.file),
  );

  for (const a of read) {
    const stage = mkdtempSync(join(root, ".import-"));
    try {
      // The journal: an article of another journal does not belong in this one's archive.
      const sameJournal =
        a.journal.issns.length > 0 && journalIssns.length > 0
          ? a.journal.issns.some((i) => journalIssns.includes(i))
          : a.journal.title === undefined || sameName(a.journal.title, journal.title);
      if (!sameJournal)
        throw new ImportError(
          a.file,
          undefined,
          `expected an article of ${journal.title} (ISSN ${journalIssns.join(", ") || "none"}), got one of ${a.journal.title ?? "another journal"} (ISSN ${a.journal.issns.join(", ") || "none"})`,
        );
      const issueId = `${a.issue.volume}-${a.issue.number}`;
      const files = new Map<string, string>();
      const issueFile = `issues/${issueId}/issue.yaml`;
      if (!existsSync(join(root, issueFile))) {
        const issue = {
          volume: a.issue.volume,
          number: a.issue.number,
          ...(a.issue.season && { season: a.issue.season }),
          year: a.issue.year,
          source: "the JATS front matter of the issue's articles (volume, issue, publication date)",
        };
        check(issueSchema, issue, issueFile, a.file);
        files.set(issueFile, stringify(issue));
      }
      // The section: the journal's section of that name, or a new one.
      let section = journal.sections[0]?.id ?? "articles";
      if (a.subject) {
        const known = journal.sections.find(
          (s) => sameName(s.label, a.subject ?? "") || s.id === slugify(a.subject ?? ""),
        );
        if (known) section = known.id;
        else {
          section = /^[a-z]/.test(slugify(a.subject)) ? slugify(a.subject) : `section-${slugify(a.subject)}`;
          journal.sections.push({ id: section, label: a.subject });
          (journalDoc.get("sections") as { add(v: unknown): void }).add(
            journalDoc.createNode({ id: section, label: a.subject }),
          );
          files.set("journal.yaml", journalDoc.toString());
        }
      } else
        a.warnings.push(`no section (<subject>) in the file: placed in "${journal.sections[0]?.label ?? section}"`);
      // Same article as before (same DOI, else publisher id): same slug and place.
      const previous = existing.articles.find((e) => e.key === a.key);
      const slug = previous?.slug ?? a.slug;
      const clash = existing.articles.find((e) => e.slug === slug && e.key !== a.key);
      if (clash)
        throw new ImportError(
          a.file,
          undefined,
          `expected a slug no other article has, but "${slug}" is already ${relative(root, clash.file)}, a different article`,
        );
      if (previous && previous.issue !== issueId)
        throw new ImportError(
          a.file,
          undefined,
          `expected issue ${previous.issue}, where this article (${a.key}) already is, got ${issueId}`,
        );
      const order =
        previous?.order ?? Math.max(0, ...existing.articles.filter((e) => e.issue === issueId).map((e) => e.order)) + 1;
      const authors = authorIds(a.authors, existing.authors, files);
      const { title, subtitle, lang, translatedTitles, ...rest } = a.front;
      const front = { title, subtitle, lang, translatedTitles, issue: issueId, section, order, authors, ...rest };
      for (const k of Object.keys(front))
        if ((front as Record<string, unknown>)[k] === undefined) delete (front as Record<string, unknown>)[k];
      const articleFile = `issues/${issueId}/articles/${slug}.md`;
      check(articleSchema, front, articleFile, a.file);
      const body = a.body.replace(/\]\(<([^>]+)>\)/g, (m, target: string) =>
        a.images.some((i) => i.name === target) ? `](<../figures/${target}>)` : m,
      );
      files.set(articleFile, `---\n${stringify(front)}---\n\n${body}\n`);
      for (const s of a.summaries) {
        const summaryFile = `issues/${issueId}/summaries/${slug}.${s.lang}.yaml`;
        const summary = { article: slug, lang: s.lang, text: s.text };
        check(summarySchema, summary, summaryFile, a.file);
        files.set(summaryFile, stringify(summary));
      }
      const images = a.images.map((i) => ({ ...i, target: `issues/${issueId}/figures/${i.name}` }));
      for (const i of images)
        if (existsSync(join(root, i.target)) && !readFileSync(join(root, i.target)).equals(readFileSync(i.source)))
          throw new ImportError(
            a.file,
            undefined,
            `expected the image ${i.name} to be new or the same, but ${i.target} holds another image`,
          );
      // Stage, compare, then move into place.
      let changed = images.some((i) => !existsSync(join(root, i.target)));
      for (const [path, text] of files) {
        const target = join(root, path);
        if (!existsSync(target) || readFileSync(target, "utf8") !== text) changed = true;
        mkdirSync(dirname(join(stage, path)), { recursive: true });
        writeFileSync(join(stage, path), text);
      }
      for (const i of images) {
        mkdirSync(dirname(join(stage, i.target)), { recursive: true });
        copyFileSync(i.source, join(stage, i.target));
      }
      for (const [path] of [...files, ...images.map((i) => [i.target, ""] as const)]) {
        mkdirSync(dirname(join(root, path)), { recursive: true });
        renameSync(join(stage, path), join(root, path));
      }
      if (!previous) existing.articles.push({ slug, issue: issueId, file: join(root, articleFile), order, key: a.key });
      const status = !previous ? "new" : changed ? "updated" : "unchanged";
      report[status === "new" ? "created" : status]++;
      report.warnings += a.warnings.length;
      say(
        `${status.padEnd(9)} ${issueId}/${slug}  ${a.key.replace(/^doi:/, "doi ")}  (${relative(process.cwd(), a.file) || a.file})`,
      );
      for (const w of a.warnings) say(`  warning: ${a.file}: ${w}`);
    } catch (error) {
      report.failed++;
      say(`FAILED  ${error instanceof ImportError ? error.message : `${a.file}: ${String(error)}`}`);
    } finally {
      rmSync(stage, { recursive: true, force: true });
    }
  }
  const total = report.created + report.updated + report.unchanged;
  say(
    `${total} article(s) imported: ${report.created} new, ${report.updated} updated, ${report.unchanged} unchanged; ${report.failed} file(s) failed; ${report.warnings} warning(s)`,
  );
  return report;
}
