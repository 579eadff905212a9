import { experimental_AstroContainer as AstroContainer } from "astro/container";
import mdxRenderer from "@astrojs/mdx/server.js";
// Before body-components, as in ArticleView.astro: the shared chunk keeps its name.
import { renderText } from "./content/render-text";
import { bodyComponents } from "../components/body-components";
import { loadArchive } from "./archive";
import { paragraphs } from "./format";
import type { TextModel } from "./model";
import { parseHtml } from "./jats/html";
import { htmlToJats } from "./jats/body";
import { jatsArticle } from "./jats/article";

const made = new Map<string, Promise<string>>();

/**
 * The JATS XML of an article of an issue: its body rendered to HTML exactly as its page renders
 * it (same components), then converted. Made once per article and build, for its own file and
 * for the OAI repository.
 */
export function articleJats(
  text: TextModel,
  options: { namespace?: string; declaration?: boolean } = {},
): Promise<string> {
  const key = `${text.slug} ${options.namespace ?? ""} ${String(options.declaration ?? true)}`;
  let xml = made.get(key);
  if (!xml) {
    xml = (async () => {
      const { site, recordOf } = await loadArchive();
      const issue = site.issueOf(text);
      if (text.kind !== "article" || !issue)
        throw new Error(`${text.file}: JATS is made for articles of an issue only`);
      const { Content } = await renderText(text);
      const container = await AstroContainer.create();
      container.addServerRenderer({ name: "astro:jsx", renderer: mdxRenderer });
      const html = await container.renderToString(Content, { props: { components: bodyComponents } });
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
          body: htmlToJats(parseHtml(html)),
          articleType: data.section === "research" ? "research-article" : "other",
        },
        options,
      );
    })();
    made.set(key, xml);
  }
  return xml;
}
