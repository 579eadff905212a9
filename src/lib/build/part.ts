/**
 * A build in parts: CABJ_PART names the issues one part renders, so that an archive too large
 * for one machine builds as separate processes (a CI matrix, GNU parallel, Kubernetes Jobs) and
 * `npm run merge-parts` joins their outputs into one site (src/tools/parts/merge.ts).
 *
 *   CABJ_PART=volumes:100-104     the issues of volumes 100 to 104
 *   CABJ_PART=volumes:7           the issues of volume 7
 *   CABJ_PART=issues:11-1,12-2    those issues (their folder names)
 *
 * Several selections, separated by spaces, add up. Every part reads the whole archive's front
 * matter, so that the pages every part builds (home, authors, archive…) are the same in each and
 * every link resolves; only the pages and files of its own issues' texts (their pages, bodies,
 * JATS, citation files, summaries' landing pages, search records) are rendered in it. Without
 * CABJ_PART, a build renders everything.
 */

import type { IssueModel, SiteModel, TextModel } from "../model";

export interface IssueRef {
  id: string;
  volume: number;
}

export type Part = (issue: IssueRef) => boolean;

const syntax =
  'expected "volumes:<from>-<to>", "volumes:<volume>" or "issues:<id>,<id>…" (several separated by spaces), e.g. CABJ_PART=volumes:100-104';

/** The part that `value` (CABJ_PART) names; undefined for a whole build. Throws on a malformed value. */
export function parsePart(value: string | undefined): Part | undefined {
  if (value === undefined || value.trim() === "") return undefined;
  const tests: Part[] = value
    .trim()
    .split(/\s+/)
    .map((selection) => {
      const volumes = /^volumes:(\d+)(?:-(\d+))?$/.exec(selection);
      if (volumes) {
        const from = Number(volumes[1]);
        const to = Number(volumes[2] ?? volumes[1]);
        if (to < from) throw new Error(`CABJ_PART: "${selection}": expected the first volume before the last`);
        return (issue) => issue.volume >= from && issue.volume <= to;
      }
      const issues = /^issues:([^,\s]+(?:,[^,\s]+)*)$/.exec(selection);
      if (issues) {
        const ids = new Set(issues[1]!.split(","));
        return (issue) => ids.has(issue.id);
      }
      throw new Error(`CABJ_PART: "${selection}": ${syntax}`);
    });
  return (issue) => tests.some((test) => test(issue));
}

/** The part this build renders (CABJ_PART), or undefined for everything. */
export const buildPart = (): Part | undefined => parsePart(process.env["CABJ_PART"]);

/** Whether this build renders the pages of an issue and of its texts. */
export function rendersIssue(issue: Pick<IssueModel, "id" | "data">): boolean {
  const part = buildPart();
  return part === undefined || part({ id: issue.id, volume: issue.data.volume });
}

/** Whether this build renders a text's pages: a companion text (in no issue) is in every part. */
export function rendersText(site: SiteModel, text: TextModel): boolean {
  const issue = site.issueOf(text);
  return issue === undefined || rendersIssue(issue);
}
