import { absoluteUrls } from "./absolute-urls";
import { loadSite } from "./site";
import type { IssueModel, SiteModel, TextModel } from "./model";
import { citableRecord, optional, type CitableRecord } from "./scholarly/record";
import { galleyPrinter } from "./galleys/printer";
import { jatsPath, pdfPath } from "./galleys/paths";
import { citeAhead } from "./scholarly/cite-view";
import { rendersText } from "./build/part";

/**
 * Absolute URL of a path below the site's root, on the origin and base the site is built for;
 * undefined when the build has no origin (see src/lib/site-origin.ts).
 */
export const urlOf = absoluteUrls(import.meta.env.SITE, import.meta.env.BASE_URL);

export interface Archive {
  site: SiteModel;
  /** The citable record of every article and companion text, by slug. */
  recordOf(text: TextModel): CitableRecord;
  /** The records of an issue's articles, in printed order. */
  issueRecords(issue: IssueModel): CitableRecord[];
}

let cached: Promise<Archive> | undefined;

/** The site's model with every text's citable record, computed once per build. */
export function loadArchive(): Promise<Archive> {
  cached ??= (async () => {
    const site = await loadSite();
    // A page links its PDF only if the build will print it (see src/integrations/galleys.ts).
    const printsPdf = "executablePath" in galleyPrinter();
    const records = new Map(
      site.texts.map((t) => [
        t.slug,
        {
          ...citableRecord(t, site.issueOf(t), site.journal, urlOf),
          ...(printsPdf && { pdfPath: pdfPath(t), ...optional("pdfUrl", urlOf(pdfPath(t))) }),
          ...(t.kind === "article" && { jatsPath: jatsPath(t), ...optional("jatsUrl", urlOf(jatsPath(t))) }),
        },
      ]),
    );
    // The citations of the texts this build renders start on their thread (scholarly/cite-view.ts).
    citeAhead(site.texts.filter((t) => rendersText(site, t)).map((t) => records.get(t.slug)!));
    const recordOf = (text: TextModel) => {
      const record = records.get(text.slug);
      if (!record) throw new Error(`${text.file}: no citable record was made for this text`);
      return record;
    };
    return { site, recordOf, issueRecords: (issue) => issue.articles.map(recordOf) };
  })();
  return cached;
}
