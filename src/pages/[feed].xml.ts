import type { APIRoute, GetStaticPaths } from "astro";
import { loadArchive, urlOf } from "../lib/archive";
import { atomFeed } from "../lib/harvest/atom";
import { revisedAt } from "../lib/revised";
import { rendersIssue } from "../lib/build/part";

// Atom requires absolute identifiers and links: without the site's origin there is no feed.xml
// (the build says so; see src/lib/site-origin.ts).
export const getStaticPaths = (() =>
  urlOf("") === undefined ? [] : [{ params: { feed: "feed" } }]) satisfies GetStaticPaths;

/** An Atom feed of the articles of every issue; companion texts are not articles of the journal. */
export const GET: APIRoute = async () => {
  const { site, recordOf } = await loadArchive();
  const [self, home] = [urlOf("feed.xml"), urlOf("")];
  if (self === undefined || home === undefined) throw new Error("feed.xml: expected the site's origin");
  // In a build in parts, each part's feed holds its own issues' articles: an entry's date is when
  // its file last changed, so only the part that rebuilt it knows it; the merge joins the feeds
  // (src/lib/build/merge-feed.ts).
  const entries = site.issues
    .filter(rendersIssue)
    .flatMap((issue) => issue.articles.map((t) => ({ record: recordOf(t), updated: revisedAt(t.file) })));
  const body = atomFeed({ title: site.journal.title, self, home, publisher: site.journal.publisher.name, entries });
  return new Response(body, { headers: { "content-type": "application/atom+xml; charset=utf-8" } });
};
