import { loadArchive } from "./archive";
import { paragraphs } from "./format";
import type { TextModel } from "./model";
import { jatsBody } from "./content/rendered-body";
import { jatsArticle } from "./jats/article";

/**
 * The JATS XML of an article of an issue: its body rendered to HTML exactly as its page renders
 * it (same components), then converted, once per article and build (content/rendered-body.ts),
 * for its own file and for the OAI repository.
 */
export async function articleJats(
  text: TextModel,
  options: { namespace?: string; declaration?: boolean } = {},
): Promise<string> {
  const { site, recordOf } = await loadArchive();
  const issue = site.issueOf(text);
  if (text.kind !== "article" || !issue) throw new Error(`${text.file}: JATS is made for articles of an issue only`);
  const body = await jatsBody(text);
  const { data } = text;
  return jatsArticle(
    {
      record: recordOf(text),
      title: data.title,
      subtitle: data.subtitle,
      // As the page shows them, with its note where a biography breaks off.
      bios: text.authors.map((a) =>
        a.bio && a.bioIncomplete ? `${a.bio} [The biography breaks off here in the source.]` : a.bio,
      ),
      authorNote: data.authorNote,
      unattributedBio: data.unattributedBio,
      jel: data.jel ?? [],
      season: issue.data.season,
      summaryHeading: data.summaryHeading,
      summaries: text.summaries.map((s) => ({ lang: s.lang, paragraphs: paragraphs(s.text) })),
      body,
      articleType: data.section === "research" ? "research-article" : "other",
    },
    options,
  );
}
