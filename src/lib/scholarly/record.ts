import type { IssueModel, TextModel } from "../model";
import type { Journal } from "../../schemas/journal";
import type { Reference } from "../../schemas/article";
import { issueLabel } from "../format";

/** A person as citation formats need them: the printed name and, where it splits, its parts. */
export interface Person {
  /** The name as printed. */
  name: string;
  /** Everything before the family name; absent when only a surname is printed. */
  given?: string;
  family: string;
  affiliation?: string;
  email?: string;
}

/** A serial (journal) as far as the sources describe it. */
export interface Serial {
  title: string;
  abbreviation?: string;
  issns: string[];
  publisher?: { name: string; place?: string };
  /** Home page of the serial, when it is this site and its origin is known. */
  url?: string;
}

/** A publication date with only the precision the source gives. */
export interface PublicationDate {
  year: number;
  /** YYYY-MM-DD, only when the source gives the day. */
  day?: string;
}

/** Where a text was published: an issue of a serial, or a web page. */
export type Venue =
  | {
      kind: "issue";
      serial: Serial;
      volume: string;
      number: string;
      /** "Vol. 11 No. 1 (Spring 2020)", for issues of this journal. */
      label?: string;
      /** The issue's page, for issues of this journal (when the site's origin is known). */
      url?: string;
      /** The text's page at the venue, when known. */
      textUrl?: string;
    }
  /** A blog, by its name as printed: the text is a post on it. */
  | { kind: "blog"; name: string }
  | { kind: "page" };

/**
 * Everything any metadata format says about one text, computed once from the content: Highwire
 * tags, Dublin Core, JSON-LD, CSL-JSON, Atom and OAI records are all views of this.
 */
export interface CitableRecord {
  slug: string;
  kind: "article" | "companion";
  /** Title and subtitle joined as citation formats expect. */
  title: string;
  authors: Person[];
  date?: PublicationDate;
  /** Language of the full text (BCP 47). */
  language: string;
  abstract?: string;
  keywords: string[];
  /** The journal section, for articles of an issue. */
  section?: string;
  summaries: { lang: string; text: string }[];
  references: Reference[];
  /** The text's page on this site, absolute; absent when the build has no origin. */
  url?: string;
  /**
   * On a page of the text's summary in another language: that page's address and language. The
   * record still describes the text (its `url`, `language`, PDF); `abstract` is that summary.
   */
  landing?: { url?: string; lang: string };
  /** Where the text was published. For a companion text, never this journal. */
  venue: Venue;
  /** For a companion text: what the sources say of where it appeared. */
  provenance?: string;
  /** The PDF galley beside the page (a path below the site's root); only when this build prints it. */
  pdfPath?: string;
  /** The same, absolute, when the site's origin is known. */
  pdfUrl?: string;
  /** The JATS XML beside the page (a path below the site's root); articles of an issue only. */
  jatsPath?: string;
  /** The same, absolute, when the site's origin is known. */
  jatsUrl?: string;
  /** DOI, as the source gives it. */
  doi?: string;
  /** First and last page, or the e-location id of an article without pages. */
  pages?: { first: string; last?: string };
  elocation?: string;
  /** The licence: its address and statement, as the source gives them. */
  license?: { url?: string; text?: string };
}

/**
 * Makes an absolute URL from a path below the site's root ("issues/11-1/"), or nothing when the
 * build has no origin: an address that might be wrong is never written.
 */
export type UrlOf = (path: string) => string | undefined;

// The texts are in English unless their `lang` says otherwise: journal.yaml says submissions are
// in English, and the companion texts' sources print them in English. Summaries carry their own language.
const textLanguage = "en";

/**
 * Splits a printed name into given and family names. The family name is the last word, as the
 * names in these sources are printed in Western order; a single word is a surname alone.
 */
export function splitName(name: string): { given?: string; family: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return words.length > 0 ? { given: words.join(" "), family } : { family };
}

const person = (a: TextModel["authors"][number]): Person => ({
  name: a.name,
  // The parts the source gives ("Pazin Filho"), else the last word as the family name.
  ...(a.familyName !== undefined
    ? { family: a.familyName, ...(a.givenNames !== undefined && { given: a.givenNames }) }
    : splitName(a.name)),
  ...(a.affiliation !== undefined && { affiliation: a.affiliation }),
  ...(a.email !== undefined && { email: a.email }),
});

/** The journal as a serial, from journal.yaml. */
export function journalSerial(journal: Journal, url: UrlOf): Serial {
  return {
    title: journal.title,
    ...(journal.abbreviation !== undefined && { abbreviation: journal.abbreviation }),
    issns: [journal.issn.print, journal.issn.electronic].filter((i): i is string => i !== undefined),
    publisher: {
      name: journal.publisher.name,
      ...(journal.publisher.place !== undefined && { place: journal.publisher.place }),
    },
    ...optional("url", url("")),
  };
}

/** `{ [key]: value }`, or nothing when the value is undefined. */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };

export type IssueVenue = Extract<Venue, { kind: "issue" }>;

/** An issue of this journal as a venue. */
export function issueVenue(issue: IssueModel, journal: Journal, url: UrlOf): IssueVenue {
  return {
    kind: "issue",
    serial: journalSerial(journal, url),
    volume: String(issue.data.volume),
    number: String(issue.data.number),
    label: issueLabel(issue.data),
    ...optional("url", url(issue.path)),
  };
}

function companionVenue(text: TextModel): { venue: Venue; date?: PublicationDate } {
  const p = text.data.provenance;
  if (!p) throw new Error(`${text.file}: provenance: expected where the companion text appeared`);
  const year = p.date ? Number(p.date.slice(0, 4)) : p.year ? Number(p.year) : undefined;
  const date = year === undefined ? undefined : { year, ...(p.date !== undefined && { day: p.date }) };
  // A venue that has a volume, a number or an ISSN is a serial: the text is cited as an article
  // in it. A blog the source names makes the text a post on it. Anything else is cited as the page
  // the reader has, since no other address is known.
  const isSerial = p.venue !== undefined && (p.volume !== undefined || p.number !== undefined || p.issn !== undefined);
  const venue: Venue =
    p.medium === "blog" && p.venue !== undefined
      ? { kind: "blog", name: p.venue }
      : isSerial && p.venue !== undefined
        ? {
            kind: "issue",
            serial: {
              title: p.venue,
              issns: p.issn ? [p.issn] : [],
              ...(p.publisher !== undefined && { publisher: { name: p.publisher } }),
            },
            volume: p.volume ?? "",
            number: p.number ?? "",
            ...(p.url !== undefined && { textUrl: p.url }),
          }
        : { kind: "page" };
  return { venue, ...(date && { date }) };
}

/** The citable record of one article or companion text. */
export function citableRecord(
  text: TextModel,
  issue: IssueModel | undefined,
  journal: Journal,
  url: UrlOf,
): CitableRecord {
  const { data } = text;
  let venue: Venue;
  let date: PublicationDate | undefined;
  if (text.kind === "article") {
    if (!issue) throw new Error(`${text.file}: issue: expected the issue "${data.issue ?? ""}" of this article`);
    venue = issueVenue(issue, journal, url);
    date = { year: issue.data.year };
  } else {
    ({ venue, date } = companionVenue(text));
  }
  const section = journal.sections.find((s) => s.id === data.section)?.label;
  return {
    slug: text.slug,
    kind: text.kind,
    title: data.subtitle ? `${data.title}: ${data.subtitle}` : data.title,
    authors: text.authors.map(person),
    ...(date && { date }),
    language: data.lang ?? textLanguage,
    ...(data.abstract !== undefined && { abstract: data.abstract }),
    keywords: data.keywords ?? [],
    ...(section !== undefined && { section }),
    summaries: text.summaries.map((s) => ({ lang: s.lang, text: s.text })),
    references: data.references ?? [],
    ...optional("url", url(text.path)),
    venue,
    ...(data.provenance && { provenance: data.provenance.statement }),
    ...(data.doi !== undefined && { doi: data.doi }),
    ...(data.pages && {
      pages: { first: data.pages.first, ...(data.pages.last !== undefined && { last: data.pages.last }) },
    }),
    ...(data.elocation !== undefined && { elocation: data.elocation }),
    ...(data.license && {
      license: {
        ...(data.license.url !== undefined && { url: data.license.url }),
        ...(data.license.text !== undefined && { text: data.license.text }),
      },
    }),
  };
}
