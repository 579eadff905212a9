import type { APIRoute, GetStaticPaths } from "astro";
import { loadSite } from "../../lib/site";
import { rendersIssue } from "../../lib/build/part";
import { articleJats } from "../../lib/article-jats";
import { jatsPath } from "../../lib/galleys/paths";
import type { TextModel } from "../../lib/model";

/** The JATS XML of every article of an issue, beside its page (issues/11-1/bang/bang.xml). */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.issues.filter(rendersIssue).flatMap((issue) =>
    issue.articles.map((text) => {
      const file = jatsPath(text);
      const slash = file.lastIndexOf("/");
      return { params: { path: file.slice(0, slash), galley: file.slice(slash + 1, -".xml".length) }, props: { text } };
    }),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ text: TextModel }> = async ({ props }) =>
  new Response(await articleJats(props.text), { headers: { "content-type": "application/jats+xml; charset=utf-8" } });
