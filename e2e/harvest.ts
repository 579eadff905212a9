import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { childrenOf, only, parseXml } from "./xml";

export const ns = {
  sitemap: "http://www.sitemaps.org/schemas/sitemap/0.9",
  atom: "http://www.w3.org/2005/Atom",
  sr: "http://www.openarchives.org/OAI/2.0/static-repository",
  oai: "http://www.openarchives.org/OAI/2.0/",
  oaiDc: "http://www.openarchives.org/OAI/2.0/oai_dc/",
  dc: "http://purl.org/dc/elements/1.1/",
  jats: "https://jats.nlm.nih.gov/publishing/1.3/",
};

const fetchText = async (request: APIRequestContext, url: string) => {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.text();
};

/** The sitemap's URLs, after checking it is a well-formed sitemap with nothing but <url><loc>. */
export async function sitemapUrls(page: Page, request: APIRequestContext, url: string): Promise<string[]> {
  const root = await parseXml(page, await fetchText(request, url));
  expect([root.ns, root.name]).toEqual([ns.sitemap, "urlset"]);
  return childrenOf(root, ns.sitemap, "url").map((u) => only(u, ns.sitemap, "loc").text);
}

/** The Atom feed's entry links, after checking the elements RFC 4287 requires. */
export async function feedLinks(page: Page, request: APIRequestContext, url: string): Promise<string[]> {
  const feed = await parseXml(page, await fetchText(request, url));
  expect([feed.ns, feed.name]).toEqual([ns.atom, "feed"]);
  for (const name of ["id", "title", "updated"]) only(feed, ns.atom, name);
  expect(only(feed, ns.atom, "updated").text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
  const feedHasAuthor = childrenOf(feed, ns.atom, "author").length > 0;
  return childrenOf(feed, ns.atom, "entry").map((entry) => {
    for (const name of ["id", "title", "updated"]) only(entry, ns.atom, name);
    expect(feedHasAuthor || childrenOf(entry, ns.atom, "author").length > 0).toBe(true);
    const link = childrenOf(entry, ns.atom, "link").find((l) => (l.attrs["rel"] ?? "alternate") === "alternate");
    return link?.attrs["href"] ?? "";
  });
}

/**
 * The OAI static repository's records (identifier and dc:identifier), after checking the elements
 * the specification and its schema require: Identify in full, oai_dc and oai_jats declared, one
 * header and one oai_dc:dc per record, and the same records again as JATS articles.
 */
export async function oaiRecords(page: Page, request: APIRequestContext, url: string) {
  const repo = await parseXml(page, await fetchText(request, url));
  expect([repo.ns, repo.name]).toEqual([ns.sr, "Repository"]);
  const identify = only(repo, ns.sr, "Identify");
  expect(identify.children.map((c) => [c.ns, c.name])).toEqual(
    [
      "repositoryName",
      "baseURL",
      "protocolVersion",
      "adminEmail",
      "earliestDatestamp",
      "deletedRecord",
      "granularity",
    ].map((n) => [ns.oai, n]),
  );
  expect(only(identify, ns.oai, "protocolVersion").text).toBe("2.0");
  expect(only(identify, ns.oai, "granularity").text).toBe("YYYY-MM-DD");
  const formats = childrenOf(only(repo, ns.sr, "ListMetadataFormats"), ns.oai, "metadataFormat");
  expect(
    formats.map((f) => [only(f, ns.oai, "metadataPrefix").text, only(f, ns.oai, "metadataNamespace").text]),
  ).toEqual([
    ["oai_dc", ns.oaiDc],
    ["oai_jats", ns.jats],
  ]);
  const lists = childrenOf(repo, ns.sr, "ListRecords");
  expect(lists.map((l) => l.attrs["metadataPrefix"])).toEqual(["oai_dc", "oai_jats"]);
  const jats = childrenOf(lists[1], ns.oai, "record").map((record) => {
    const article = only(only(record, ns.oai, "metadata"), ns.jats, "article");
    for (const part of ["front", "body"]) only(article, ns.jats, part);
    return {
      identifier: only(only(record, ns.oai, "header"), ns.oai, "identifier").text,
      title: only(
        only(only(only(article, ns.jats, "front"), ns.jats, "article-meta"), ns.jats, "title-group"),
        ns.jats,
        "article-title",
      ).text,
    };
  });
  return {
    jats,
    baseURL: only(identify, ns.oai, "baseURL").text,
    records: childrenOf(lists[0], ns.oai, "record").map((record) => {
      const header = only(record, ns.oai, "header");
      expect(only(header, ns.oai, "datestamp").text).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const dc = only(only(record, ns.oai, "metadata"), ns.oaiDc, "dc");
      for (const required of ["title", "creator", "date", "identifier", "type", "language"])
        expect(childrenOf(dc, ns.dc, required).length, required).toBeGreaterThan(0);
      for (const child of dc.children) expect(child.ns, child.name).toBe(ns.dc);
      return {
        identifier: only(header, ns.oai, "identifier").text,
        url: only(dc, ns.dc, "identifier").text,
        title: only(dc, ns.dc, "title").text,
      };
    }),
  };
}
