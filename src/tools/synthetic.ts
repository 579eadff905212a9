/**
 * Builds a synthetic archive for benchmarks: a content folder with the real journal, issue,
 * texts and data, plus `count` articles made from the real texts (their bodies, abstracts and
 * summaries, under new titles and slugs), spread over issues of eight articles each. A figure
 * belongs to one text, so the copies carry the text around the figures but not the figures. It is
 * written to a temporary folder and never committed.
 */
import { cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const perIssue = 8;

/** The text without its figures: `<Figure id="…" />` dropped, `<PrintedValue …>96.7</PrintedValue>` as 96.7. */
export const withoutFigures = (mdx: string) =>
  mdx
    .replace(/^<Figure [^>]*\/>\n?/gm, "")
    .replace(/<PrintedValue [^>]*>([^<]*)<\/PrintedValue>/g, "$1")
    .replace(/^printedErrors:\n(?: {2}.*\n)+/m, "");

export function writeSyntheticArchive(source: string, target: string, count: number): void {
  cpSync(join(source, "journal.yaml"), join(target, "journal.yaml"));
  cpSync(join(source, "authors"), join(target, "authors"), { recursive: true });
  cpSync(join(source, "companions"), join(target, "companions"), { recursive: true });
  cpSync(join(source, "ui"), join(target, "ui"), { recursive: true });
  cpSync(join(source, "data"), join(target, "data"), { recursive: true });
  cpSync(join(source, "issues", "11-1"), join(target, "issues", "11-1"), { recursive: true });
  const real = join(source, "issues", "11-1");
  const articles = readdirSync(join(real, "articles"))
    .filter((f) => f.endsWith(".mdx"))
    .sort()
    .map((file) => ({ slug: file.replace(/\.mdx$/, ""), text: readFileSync(join(real, "articles", file), "utf8") }));
  const summaries = readdirSync(join(real, "summaries")).filter((f) => f.endsWith(".yaml"));

  for (let i = 0; i < count; i++) {
    const issueNumber = Math.floor(i / perIssue);
    const volume = 100 + Math.floor(issueNumber / 2);
    // Two issues a volume, a volume a year, counting back from 2019 and round again after a
    // century, so that any size stays within the years the schema accepts (1900–2100).
    const year = 2019 - ((volume - 100) % 100);
    const number = 1 + (issueNumber % 2);
    const issue = `${volume}-${number}`;
    const dir = join(target, "issues", issue);
    if (i % perIssue === 0) {
      mkdirSync(join(dir, "articles"), { recursive: true });
      mkdirSync(join(dir, "summaries"), { recursive: true });
      writeFileSync(
        join(dir, "issue.yaml"),
        `volume: ${volume}\nnumber: ${number}\nseason: ${number === 1 ? "Spring" : "Fall"}\nyear: ${year}\nsource: synthetic benchmark archive\n`,
      );
    }
    const model = articles[i % articles.length]!;
    const slug = `${model.slug}-${i + 1}`;
    const text = withoutFigures(model.text)
      .replace(/^title: "(.*)"$/m, (_, title: string) => `title: "${title} (${i + 1})"`)
      .replace(/^issue: .*$/m, `issue: "${issue}"`)
      .replace(/^order: .*$/m, `order: ${(i % perIssue) + 1}`);
    // With its figures gone a copy needs no MDX: plain Markdown, as a journal's plain articles would be.
    writeFileSync(join(dir, "articles", `${slug}.md`), text);
    for (const file of summaries.filter((f) => f.startsWith(`${model.slug}.`))) {
      const summary = readFileSync(join(real, "summaries", file), "utf8").replace(/^article: .*$/m, `article: ${slug}`);
      writeFileSync(join(dir, "summaries", file.replace(model.slug, slug)), summary);
    }
  }
}
