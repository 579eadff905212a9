import type { FiguresModel } from "./figures/model";
import { languages } from "./languages";
import type { SiteModel } from "./model";

/** What the build holds, counted, so that nothing can be dropped without the numbers changing. */
export interface ContentCounts {
  issues: number;
  articles: number;
  companions: number;
  /** Per language: the site's interface languages first, then any other language present. */
  summaries: Record<string, number>;
  figures: number;
  /** Rows read from the figures' data files (CSV). */
  dataRows: number;
  references: number;
}

export function countContent(site: SiteModel, figures: FiguresModel): ContentCounts {
  const summaries: Record<string, number> = Object.fromEntries(Object.keys(languages).map((lang) => [lang, 0]));
  for (const text of site.texts)
    for (const summary of text.summaries) summaries[summary.lang] = (summaries[summary.lang] ?? 0) + 1;
  return {
    issues: site.issues.length,
    articles: site.texts.filter((t) => t.kind === "article").length,
    companions: site.companions.length,
    summaries,
    figures: figures.figures.length,
    dataRows: figures.figures.reduce((n, f) => n + (f.csvFile ? f.table.rows.length : 0), 0),
    references: site.texts.reduce((n, t) => n + (t.data.references?.length ?? 0), 0),
  };
}

/** The line the build prints. */
export function formatCounts(c: ContentCounts): string {
  const summaries = Object.entries(c.summaries)
    .map(([lang, n]) => `${lang} ${n}`)
    .join(", ");
  return (
    `${c.issues} issue(s), ${c.articles} article(s), ${c.companions} companion text(s), ` +
    `summaries ${summaries}, ${c.figures} figure(s) and table(s) with ${c.dataRows} data row(s), ${c.references} reference(s)`
  );
}
