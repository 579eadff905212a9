import type { CitableRecord } from "../scholarly/record";
import { xml } from "./xml";

/** What the host of a static repository decides: the gateway it registers with, who answers for it. */
export interface OaiHost {
  /** Base URL of the Static Repository Gateway, e.g. "http://gateway.example.org/oai". */
  gateway: string;
  /** E-mail address of the repository's administrator. */
  adminEmail: string;
}

export interface OaiRepository extends OaiHost {
  repositoryName: string;
  /** The static repository file's own URL. */
  self: string;
  /** Each article's record, and its JATS `<article>` (in `jatsNamespace`) when every article has one. */
  records: { record: CitableRecord; datestamp: Date; jats?: string }[];
}

/**
 * JATS as an OAI metadata format. JATS elements have no namespace, but an OAI record's metadata
 * must have one, so the article is put in the tag set's own URL, and the schema named is the tag
 * set's XSD.
 */
export const oaiJats = {
  prefix: "oai_jats",
  namespace: "https://jats.nlm.nih.gov/publishing/1.3/",
  schema: "https://jats.nlm.nih.gov/publishing/1.3/xsd/JATS-journalpublishing1-3.xsd",
} as const;

const day = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The OAI identifier of a record: the host as namespace, the page's path as local identifier, so
 * that two archives on one host never share an identifier.
 */
export function oaiIdentifier(pageUrl: string): string {
  const url = new URL(pageUrl);
  return `oai:${url.hostname}:${url.pathname.replace(/^\/|\/$/g, "")}`;
}

/**
 * The Static Repository's baseURL: the gateway's URL, a slash, and the repository's URL without
 * its scheme (OAI static repository specification, section 3.2).
 */
export function staticBaseUrl(gateway: string, self: string): string {
  return `${gateway.replace(/\/+$/, "")}/${self.replace(/^https?:\/\//, "")}`;
}

function oaiDc(record: CitableRecord): string[] {
  const el = (name: string, value: string, lang?: string) =>
    `          <dc:${name}${lang ? ` xml:lang="${xml(lang)}"` : ""}>${xml(value)}</dc:${name}>`;
  const { venue } = record;
  return [
    el("title", record.title, record.language),
    ...record.authors.map((a) => el("creator", a.given ? `${a.family}, ${a.given}` : a.family)),
    ...record.keywords.map((k) => el("subject", k, record.language)),
    ...(record.abstract ? [el("description", record.abstract, record.language)] : []),
    ...record.summaries.map((s) => el("description", s.text, s.lang)),
    ...(venue.kind === "issue" && venue.serial.publisher ? [el("publisher", venue.serial.publisher.name)] : []),
    ...(record.date ? [el("date", record.date.day ?? String(record.date.year))] : []),
    el("type", "Text"),
    el("type", "info:eu-repo/semantics/article"),
    el("format", "text/html"),
    ...(record.url ? [el("identifier", record.url)] : []),
    ...(venue.kind === "issue"
      ? [
          el("source", [venue.serial.title, venue.label].filter(Boolean).join("; ")),
          ...venue.serial.issns.map((issn) => el("source", issn)),
        ]
      : []),
    el("language", record.language),
  ];
}

const absolute = (record: CitableRecord) => {
  if (record.url === undefined)
    throw new Error(`OAI static repository: ${record.slug}: expected the page's absolute URL`);
  return record.url;
};

/**
 * An OAI-PMH Static Repository (openarchives.org/OAI/2.0/guidelines-static-repository.htm): one
 * XML file with Identify, ListMetadataFormats and every record in oai_dc, which a gateway serves
 * to harvesters without any code on this site's server.
 */
export function oaiStaticRepository(repo: OaiRepository): string {
  if (repo.records.length === 0) throw new Error("OAI static repository: expected at least one article");
  const earliest = new Date(Math.min(...repo.records.map((r) => r.datestamp.getTime())));
  const withJats = repo.records.every((r) => r.jats !== undefined);
  const record = ({ record: r, datestamp }: OaiRepository["records"][number], metadata: string[]) =>
    [
      `    <oai:record>`,
      `      <oai:header>`,
      `        <oai:identifier>${xml(oaiIdentifier(absolute(r)))}</oai:identifier>`,
      `        <oai:datestamp>${day(datestamp)}</oai:datestamp>`,
      `      </oai:header>`,
      `      <oai:metadata>`,
      ...metadata,
      `      </oai:metadata>`,
      `    </oai:record>`,
    ].join("\n");
  const dcRecord = (r: OaiRepository["records"][number]) =>
    record(r, [
      `        <oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd">`,
      ...oaiDc(r.record),
      `        </oai_dc:dc>`,
    ]);
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<Repository xmlns="http://www.openarchives.org/OAI/2.0/static-repository" xmlns:oai="http://www.openarchives.org/OAI/2.0/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.openarchives.org/OAI/2.0/static-repository http://www.openarchives.org/OAI/2.0/static-repository.xsd">`,
    `  <Identify>`,
    `    <oai:repositoryName>${xml(repo.repositoryName)}</oai:repositoryName>`,
    `    <oai:baseURL>${xml(staticBaseUrl(repo.gateway, repo.self))}</oai:baseURL>`,
    `    <oai:protocolVersion>2.0</oai:protocolVersion>`,
    `    <oai:adminEmail>${xml(repo.adminEmail)}</oai:adminEmail>`,
    `    <oai:earliestDatestamp>${day(earliest)}</oai:earliestDatestamp>`,
    `    <oai:deletedRecord>no</oai:deletedRecord>`,
    `    <oai:granularity>YYYY-MM-DD</oai:granularity>`,
    `  </Identify>`,
    `  <ListMetadataFormats>`,
    `    <oai:metadataFormat>`,
    `      <oai:metadataPrefix>oai_dc</oai:metadataPrefix>`,
    `      <oai:schema>http://www.openarchives.org/OAI/2.0/oai_dc.xsd</oai:schema>`,
    `      <oai:metadataNamespace>http://www.openarchives.org/OAI/2.0/oai_dc/</oai:metadataNamespace>`,
    `    </oai:metadataFormat>`,
    ...(withJats
      ? [
          `    <oai:metadataFormat>`,
          `      <oai:metadataPrefix>${oaiJats.prefix}</oai:metadataPrefix>`,
          `      <oai:schema>${oaiJats.schema}</oai:schema>`,
          `      <oai:metadataNamespace>${oaiJats.namespace}</oai:metadataNamespace>`,
          `    </oai:metadataFormat>`,
        ]
      : []),
    `  </ListMetadataFormats>`,
    `  <ListRecords metadataPrefix="oai_dc">`,
    ...repo.records.map(dcRecord),
    `  </ListRecords>`,
    ...(withJats
      ? [
          `  <ListRecords metadataPrefix="${oaiJats.prefix}">`,
          ...repo.records.map((r) => record(r, [r.jats ?? ""])),
          `  </ListRecords>`,
        ]
      : []),
    `</Repository>`,
    ``,
  ].join("\n");
}
