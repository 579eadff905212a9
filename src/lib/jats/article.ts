import type { Reference } from "../../schemas/article";
import type { CitableRecord } from "../scholarly/record";
import { el, esc } from "./xml";
import type { JatsBody } from "./body";

/** What the front matter needs beyond the citable record: what the page shows and the record does not hold. */
export interface JatsArticle {
  record: CitableRecord;
  /** The article's title and subtitle apart (the record joins them). */
  title: string;
  subtitle?: string | undefined;
  /** Per author, in printed order: the biography printed, if any. */
  bios: (string | undefined)[];
  authorNote?: string | undefined;
  /** A piece of biography the source prints without saying whose it is. */
  unattributedBio?: string | undefined;
  jel: string[];
  /** The season as printed ("Spring"), if any. */
  season?: string | undefined;
  /** The printed heading of the summaries ("6. Summary"). */
  summaryHeading?: string | undefined;
  /** Summaries split into paragraphs as the page shows them. */
  summaries: { lang: string; paragraphs: string[] }[];
  body: JatsBody;
  /** JATS `article-type`: "research-article" for research papers, "other" for anything else. */
  articleType: "research-article" | "other";
}

export const jatsDoctype =
  '<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Publishing DTD v1.3 20210610//EN" "https://jats.nlm.nih.gov/publishing/1.3/JATS-journalpublishing1-3.dtd">';

const paragraphs = (ps: string[]) => ps.map((p) => el("p", {}, esc(p))).join("");

/** A printed reference: its parts as `element-citation`, the whole entry as printed as `mixed-citation`. */
export function refXml(ref: Reference, n: number): string {
  const parts = [
    ref.authors && ref.authors.length > 0
      ? el(
          "person-group",
          { "person-group-type": "author" },
          ref.authors.map((a) => el("string-name", {}, esc(a))).join(""),
        )
      : "",
    ref.year ? el("year", {}, esc(ref.year)) : "",
    ref.title && ref.container ? el("article-title", {}, esc(ref.title)) : "",
    ref.container ? el("source", {}, esc(ref.container)) : ref.title ? el("source", {}, esc(ref.title)) : "",
    ref.url ? el("ext-link", { "ext-link-type": "uri", "xlink:href": ref.url }, esc(ref.url)) : "",
  ].join("");
  const type = ref.container ? "journal" : ref.url && !ref.title ? "webpage" : "other";
  return el(
    "ref",
    { id: `ref-${n}` },
    el("label", {}, String(n)) +
      el(
        "citation-alternatives",
        {},
        el("element-citation", { "publication-type": type }, parts) + el("mixed-citation", {}, esc(ref.text)),
      ),
  );
}

function front(a: JatsArticle): string {
  const { record } = a;
  const venue = record.venue;
  if (venue.kind !== "issue") throw new Error(`JATS ${record.slug}: expected an article of an issue`);
  const serial = venue.serial;
  const affiliations = [...new Set(record.authors.flatMap((p) => (p.affiliation ? [p.affiliation] : [])))];
  const affId = (aff: string) => `aff-${affiliations.indexOf(aff) + 1}`;
  const contribs = record.authors.map((p, i) =>
    el(
      "contrib",
      { "contrib-type": "author" },
      el(
        "name",
        { "name-style": "western" },
        el("surname", {}, esc(p.family)) + (p.given ? el("given-names", {}, esc(p.given)) : ""),
      ) +
        (p.affiliation ? el("xref", { "ref-type": "aff", rid: affId(p.affiliation) }) : "") +
        (p.email ? el("email", {}, esc(p.email)) : "") +
        (a.bios[i] ? el("bio", {}, el("p", {}, esc(a.bios[i] ?? ""))) : ""),
    ),
  );
  const [print, electronic] = serial.issns;
  const journalMeta = el(
    "journal-meta",
    {},
    el("journal-id", { "journal-id-type": "publisher-id" }, esc(serial.abbreviation ?? serial.title)) +
      el(
        "journal-title-group",
        {},
        el("journal-title", {}, esc(serial.title)) +
          (serial.abbreviation
            ? el("abbrev-journal-title", { "abbrev-type": "publisher" }, esc(serial.abbreviation))
            : ""),
      ) +
      (print ? el("issn", { "publication-format": "print" }, esc(print)) : "") +
      (electronic ? el("issn", { "publication-format": "electronic" }, esc(electronic)) : "") +
      (serial.publisher
        ? el(
            "publisher",
            {},
            el("publisher-name", {}, esc(serial.publisher.name)) +
              (serial.publisher.place ? el("publisher-loc", {}, esc(serial.publisher.place)) : ""),
          )
        : ""),
  );
  const year = record.date?.year;
  const articleMeta = el(
    "article-meta",
    {},
    (record.doi ? el("article-id", { "pub-id-type": "doi" }, esc(record.doi)) : "") +
      (record.section
        ? el(
            "article-categories",
            {},
            el("subj-group", { "subj-group-type": "heading" }, el("subject", {}, esc(record.section))),
          )
        : "") +
      el(
        "title-group",
        {},
        el("article-title", {}, esc(a.title)) + (a.subtitle ? el("subtitle", {}, esc(a.subtitle)) : ""),
      ) +
      (contribs.length > 0 ? el("contrib-group", {}, contribs.join("")) : "") +
      affiliations.map((aff) => el("aff", { id: affId(aff) }, esc(aff))).join("") +
      (a.authorNote ? el("author-notes", {}, el("fn", { "fn-type": "other" }, el("p", {}, esc(a.authorNote)))) : "") +
      (year !== undefined
        ? el(
            "pub-date",
            { "publication-format": "print", "date-type": "pub", "iso-8601-date": String(year) },
            (a.season ? el("season", {}, esc(a.season)) : "") + el("year", {}, String(year)),
          )
        : "") +
      (venue.volume ? el("volume", {}, esc(venue.volume)) : "") +
      (venue.number ? el("issue", {}, esc(venue.number)) : "") +
      (record.pages
        ? el("fpage", {}, esc(record.pages.first)) + (record.pages.last ? el("lpage", {}, esc(record.pages.last)) : "")
        : record.elocation
          ? el("elocation-id", {}, esc(record.elocation))
          : "") +
      (record.license
        ? el(
            "permissions",
            {},
            el(
              "license",
              { "xlink:href": record.license.url },
              el("license-p", {}, esc(record.license.text ?? record.license.url ?? "")),
            ),
          )
        : "") +
      (record.url ? el("self-uri", { "xlink:href": record.url, "content-type": "text/html" }) : "") +
      (record.pdfUrl ? el("self-uri", { "xlink:href": record.pdfUrl, "content-type": "application/pdf" }) : "") +
      (record.abstract ? el("abstract", {}, el("p", {}, esc(record.abstract))) : "") +
      a.summaries
        .map((s) =>
          el(
            "trans-abstract",
            { "xml:lang": s.lang },
            (a.summaryHeading ? el("title", {}, esc(a.summaryHeading)) : "") + paragraphs(s.paragraphs),
          ),
        )
        .join("") +
      (record.keywords.length > 0
        ? el(
            "kwd-group",
            { "kwd-group-type": "author", "xml:lang": record.language },
            el("title", {}, "Keywords") + record.keywords.map((k) => el("kwd", {}, esc(k))).join(""),
          )
        : "") +
      (a.jel.length > 0
        ? el(
            "kwd-group",
            { "kwd-group-type": "JEL" },
            el("title", {}, "JEL classification") + a.jel.map((k) => el("kwd", {}, esc(k))).join(""),
          )
        : ""),
  );
  return el("front", {}, journalMeta + articleMeta);
}

/**
 * One article as JATS 1.3 (Journal Publishing tag set): front matter from the content, the body
 * and notes converted from the page's HTML, the printed references as a `ref-list`.
 * `namespace` puts the article in a namespace, as an OAI-PMH record's metadata must be.
 */
export function jatsArticle(a: JatsArticle, options: { namespace?: string; declaration?: boolean } = {}): string {
  const { record, body } = a;
  const refs = record.references.map((r, i) => refXml(r, i + 1));
  const back = [
    refs.length > 0 ? el("ref-list", {}, el("title", {}, "References") + refs.join("")) : "",
    body.footnotes,
    body.appendices,
    a.unattributedBio
      ? el(
          "notes",
          { "notes-type": "biography-fragment" },
          el(
            "p",
            {},
            esc(
              `The source prints only this piece of a biography, without its beginning or end and without saying whose it is: “${a.unattributedBio}”`,
            ),
          ),
        )
      : "",
  ].filter((x) => x !== "");
  const article = el(
    "article",
    {
      xmlns: options.namespace,
      "xmlns:mml": "http://www.w3.org/1998/Math/MathML",
      "xmlns:xlink": "http://www.w3.org/1999/xlink",
      "article-type": a.articleType,
      "dtd-version": "1.3",
      "xml:lang": record.language,
    },
    `\n${front(a)}\n${el("body", {}, `\n${body.body}\n`)}\n${back.length > 0 ? el("back", {}, back.join("\n")) + "\n" : ""}`,
  );
  return options.declaration === false
    ? article
    : `<?xml version="1.0" encoding="UTF-8"?>\n${jatsDoctype}\n${article}\n`;
}
