import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { XMLParser } from "fast-xml-parser";
import { sitemapXml } from "./sitemap";
import { robotsTxt } from "./robots";
import { atomFeed } from "./atom";
import { oaiIdentifier, oaiJats, oaiStaticRepository, staticBaseUrl } from "./oai";
import { oaiHostFromEnv } from "./oai-host";
import { citableRecord } from "../scholarly/record";
import { amagoh, article, issue, journal, madumarov, url } from "../scholarly/fixtures";

/**
 * Checks well-formedness and namespaces with libxml2 (xmllint, which .ci/run installs), then reads
 * the structure, with arrays wherever an element may repeat.
 */
function parse(xml: string) {
  execFileSync("xmllint", ["--noout", "-"], { input: xml, stdio: ["pipe", "ignore", "pipe"] });
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: "@",
    isArray: (name) =>
      [
        "url",
        "entry",
        "author",
        "category",
        "oai:record",
        "dc:creator",
        "dc:description",
        "dc:source",
        "dc:type",
      ].includes(name),
  }).parse(xml);
}

const records = [
  citableRecord(
    article("madumarov-pech", [madumarov], {
      title: "Tariffs & <Trade>",
      abstract: "An abstract.",
      keywords: ["Customs Union"],
    }),
    issue,
    journal,
    url,
  ),
  citableRecord(
    {
      ...article("baisakalova-amagoh", [amagoh]),
      summaries: [{ article: "baisakalova-amagoh", lang: "ru", text: "Резюме." }],
    },
    issue,
    journal,
    url,
  ),
];

describe("sitemapXml", () => {
  it("lists each URL once, escaped, in the sitemap namespace", () => {
    const doc = parse(sitemapXml(["https://x.org/a/?q=1&r=2", "https://x.org/", "https://x.org/"]));
    expect(doc.urlset["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(["https://x.org/", "https://x.org/a/?q=1&r=2"]);
  });
});

describe("robotsTxt", () => {
  it("points to the sitemap", () => {
    expect(robotsTxt("https://x.org/j/sitemap.xml")).toMatch(/^Sitemap: https:\/\/x\.org\/j\/sitemap\.xml$/m);
  });

  it("names no sitemap when the site's origin is unknown (a sitemap needs absolute URLs)", () => {
    expect(robotsTxt(undefined)).toBe("User-agent: *\nAllow: /\n");
  });
});

describe("atomFeed", () => {
  const updated = new Date("2026-11-23T15:40:05.123Z");
  const doc = parse(
    atomFeed({
      title: "CABJ",
      self: url("feed.xml"),
      home: url(""),
      publisher: "KIMEP University",
      entries: records.map((record) => ({ record, updated })),
    }),
  );

  it("has the elements RFC 4287 requires of a feed", () => {
    expect(doc.feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(doc.feed.id).toBe(url("feed.xml"));
    expect(doc.feed.title).toBe("CABJ");
    expect(doc.feed.updated).toBe("2026-11-23T15:40:05Z");
    expect(doc.feed.author).toEqual([{ name: "KIMEP University" }]);
  });

  it("has one entry per article with id, title, link, updated and its authors", () => {
    expect(doc.feed.entry).toHaveLength(2);
    const [first] = doc.feed.entry;
    expect(first.id).toBe(records[0]?.url);
    expect(first.title).toBe("Tariffs & <Trade>");
    expect(first.link["@href"]).toBe(records[0]?.url);
    expect(first.updated).toBe("2026-11-23T15:40:05Z");
    expect(first.author).toEqual([{ name: "Eldar Madumarov" }]);
    expect(first.summary).toBe("An abstract.");
  });

  it("refuses an entry without its page's absolute URL rather than write a wrong one", () => {
    const [first] = records;
    if (!first) throw new Error("no record to test with");
    const { url: _url, ...bare } = first;
    expect(() =>
      atomFeed({ title: "t", self: "s", home: "h", publisher: "p", entries: [{ record: bare, updated }] }),
    ).toThrow("expected the page's absolute URL");
  });

  it("refuses to write a feed without entries", () => {
    expect(() => atomFeed({ title: "t", self: "s", home: "h", publisher: "p", entries: [] })).toThrow(
      "at least one article",
    );
  });
});

describe("oaiStaticRepository", () => {
  const repo = oaiStaticRepository({
    gateway: "http://gateway.example.org/oai/",
    adminEmail: "archive@library.example.org",
    repositoryName: "Central Asia Business Journal",
    self: url("oai.xml"),
    records: records.map((record, i) => ({ record, datestamp: new Date(Date.UTC(2026, 10, 20 + i)) })),
  });
  const doc = parse(repo).Repository;

  it("identifies the repository with every element the specification requires", () => {
    expect(doc["@xmlns"]).toBe("http://www.openarchives.org/OAI/2.0/static-repository");
    expect(doc["@xmlns:oai"]).toBe("http://www.openarchives.org/OAI/2.0/");
    expect(doc.Identify).toEqual({
      "oai:repositoryName": "Central Asia Business Journal",
      "oai:baseURL": "http://gateway.example.org/oai/library.example.org/journals/cabj/oai.xml",
      "oai:protocolVersion": 2,
      "oai:adminEmail": "archive@library.example.org",
      "oai:earliestDatestamp": "2026-11-20",
      "oai:deletedRecord": "no",
      "oai:granularity": "YYYY-MM-DD",
    });
    expect(doc.ListMetadataFormats["oai:metadataFormat"]["oai:metadataPrefix"]).toBe("oai_dc");
    expect(doc.ListRecords["@metadataPrefix"]).toBe("oai_dc");
  });

  it("has an oai_dc record per article, with its identifier, datestamp and Dublin Core", () => {
    const [first, second] = doc.ListRecords["oai:record"];
    expect(first["oai:header"]).toEqual({
      "oai:identifier": "oai:library.example.org:journals/cabj/issues/11-1/madumarov-pech",
      "oai:datestamp": "2026-11-20",
    });
    const dc = first["oai:metadata"]["oai_dc:dc"];
    expect(dc["@xmlns:dc"]).toBe("http://purl.org/dc/elements/1.1/");
    expect(dc["dc:title"]["#text"]).toBe("Tariffs & <Trade>");
    expect(dc["dc:creator"]).toEqual(["Madumarov, Eldar"]);
    expect(dc["dc:date"]).toBe(2020);
    expect(dc["dc:identifier"]).toBe(records[0]?.url);
    expect(dc["dc:source"]).toEqual([
      "Central Asia Business Journal; Vol. 11 No. 1 (Spring 2020)",
      "2073-5901",
      "1991-0002",
    ]);
    const summaries = second["oai:metadata"]["oai_dc:dc"]["dc:description"];
    expect(summaries).toEqual([{ "#text": "Резюме.", "@xml:lang": "ru" }]);
  });

  it.each([
    ["http://gw.org/oai", "https://lib.org/j/oai.xml", "http://gw.org/oai/lib.org/j/oai.xml"],
    ["http://gw.org/oai//", "http://lib.org/oai.xml", "http://gw.org/oai/lib.org/oai.xml"],
  ])("baseURL of gateway %s and file %s", (gateway, self, expected) =>
    expect(staticBaseUrl(gateway, self)).toBe(expected),
  );

  it("identifies a record by host and path", () => {
    expect(oaiIdentifier("https://lib.org/journals/cabj/issues/11-1/bang/")).toBe(
      "oai:lib.org:journals/cabj/issues/11-1/bang",
    );
  });
});

describe("oaiStaticRepository with JATS", () => {
  const jats = (slug: string) =>
    `<article xmlns="${oaiJats.namespace}" dtd-version="1.3"><front><article-meta><title-group><article-title>${slug}</article-title></title-group></article-meta></front><body/></article>`;
  const doc = parse(
    oaiStaticRepository({
      gateway: "http://gateway.example.org/oai/",
      adminEmail: "archive@library.example.org",
      repositoryName: "Central Asia Business Journal",
      self: url("oai.xml"),
      records: records.map((record) => ({
        record,
        datestamp: new Date(Date.UTC(2026, 10, 20)),
        jats: jats(record.slug),
      })),
    }),
  ).Repository;

  it("declares oai_jats beside oai_dc and lists every record in both", () => {
    expect(
      doc.ListMetadataFormats["oai:metadataFormat"].map((f: Record<string, string>) => f["oai:metadataPrefix"]),
    ).toEqual(["oai_dc", "oai_jats"]);
    const [dc, jatsList] = doc.ListRecords;
    expect([dc["@metadataPrefix"], jatsList["@metadataPrefix"]]).toEqual(["oai_dc", "oai_jats"]);
    const ids = (list: { "oai:record": { "oai:header": { "oai:identifier": string } }[] }) =>
      list["oai:record"].map((r) => r["oai:header"]["oai:identifier"]);
    expect(ids(jatsList)).toEqual(ids(dc));
    type JatsRecord = { "oai:metadata": { article: { "@xmlns": string } } };
    expect(jatsList["oai:record"].map((r: JatsRecord) => r["oai:metadata"].article["@xmlns"])).toEqual(
      records.map(() => oaiJats.namespace),
    );
  });

  it("offers JATS only when every record has it, so no record is missing from a format", () => {
    const partial = parse(
      oaiStaticRepository({
        gateway: "http://gateway.example.org/oai/",
        adminEmail: "a@b.org",
        repositoryName: "r",
        self: url("oai.xml"),
        records: records.map((record, i) => ({ record, datestamp: new Date(0), ...(i === 0 && { jats: jats("x") }) })),
      }),
    ).Repository;
    expect(partial.ListRecords["@metadataPrefix"]).toBe("oai_dc");
  });
});

describe("oaiHostFromEnv", () => {
  it.each([
    [{}, undefined],
    [
      { CABJ_OAI_GATEWAY: "http://gw.org/oai", CABJ_OAI_ADMIN_EMAIL: "a@lib.org" },
      { gateway: "http://gw.org/oai", adminEmail: "a@lib.org" },
    ],
  ])("%j → %j", (env, expected) => expect(oaiHostFromEnv(env)).toEqual(expected));

  it.each([
    [{ CABJ_OAI_ADMIN_EMAIL: "a@lib.org" }, "CABJ_OAI_GATEWAY"],
    [{ CABJ_OAI_GATEWAY: "gw.org", CABJ_OAI_ADMIN_EMAIL: "a@lib.org" }, "CABJ_OAI_GATEWAY"],
    [{ CABJ_OAI_GATEWAY: "http://gw.org/oai" }, "CABJ_OAI_ADMIN_EMAIL"],
    [{ CABJ_OAI_GATEWAY: "http://gw.org/oai", CABJ_OAI_ADMIN_EMAIL: "nobody" }, "CABJ_OAI_ADMIN_EMAIL"],
  ])("%j fails naming %s", (env, variable) => expect(() => oaiHostFromEnv(env)).toThrow(variable));
});
