import type { APIRoute, GetStaticPaths } from "astro";
import { loadSite } from "../../lib/site";
import { pageHeads, pageHeadsCss } from "../../lib/galleys/page-heads";
import { rendersText } from "../../lib/build/part";

/** Each text's page margins on paper (masthead, running heads, page numbers), beside its page (in its own part). */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.texts
    .filter((text) => rendersText(site, text))
    .map((text) => ({
      params: { path: text.path.replace(/\/$/, "") },
      props: { css: pageHeadsCss(pageHeads(text, site.issueOf(text), site.journal)) },
    }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ css: string }> = ({ props }) =>
  new Response(props.css, { headers: { "content-type": "text/css; charset=utf-8" } });
