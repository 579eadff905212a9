/**
 * What Zotero's "Save to Zotero" would save from a page, read in the browser by the rules its
 * translators publish (github.com/zotero/translators): "COinS" (priority 310) when the page
 * carries OpenURL ContextObjects in `span.Z3988`, else "Embedded Metadata" (priority 320), which
 * reads `<meta>` tags: Highwire Press `citation_*` tags, and tags with a known prefix (DC., og:,
 * article:, z., or one the page declares with `<link rel="schema.X">`) as RDF statements for its
 * RDF translator. This is a reading of those rules, not their code: it covers what these pages
 * use, and the exact check (Zotero's translation-server) stays outside the project.
 */
export interface ZoteroItem {
  itemType: string;
  title?: string;
  /** Creators as Zotero splits them: the last word is the last name. */
  creators: { firstName?: string; lastName: string }[];
  date?: string;
  /** The journal, blog or site title (publicationTitle, blogTitle, websiteTitle). */
  publicationTitle?: string;
  volume?: string;
  issue?: string;
  ISSN?: string;
  language?: string;
  abstractNote?: string;
  url?: string;
  /** The "Full Text PDF" attachment's address. */
  pdf?: string;
}

export interface ZoteroReading {
  translator: "COinS" | "Embedded Metadata";
  /** One item, or several for the reader to choose from ("multiple"). */
  items: ZoteroItem[];
}

/** Runs in the page (page.evaluate(readAsZotero)): everything it needs is inside it. */
export function readAsZotero(): ZoteroReading {
  const resolve = (u: string) => new URL(u, document.baseURI).href;
  // Zotero.Utilities.cleanAuthor, for "First Last" names: the last word is the last name.
  const person = (name: string) => {
    const words = name.trim().split(/\s+/);
    const lastName = words.pop() ?? "";
    return words.length > 0 ? { firstName: words.join(" "), lastName } : { lastName };
  };
  const itemTypes = ["journalArticle", "blogPost", "webpage", "book", "bookSection", "report", "thesis", "document"];

  // COinS: each span with a title that parses to an item type; several mean "multiple".
  const coins: ZoteroItem[] = [];
  for (const span of document.querySelectorAll<HTMLElement>("span.Z3988[title]")) {
    const parts = span.title.split("&").map((p) => {
      const [key = "", value = ""] = p.split("=");
      return [key, decodeURIComponent(value.replace(/\+|%2[bB]/g, " "))] as const;
    });
    const format = parts.find(([k]) => k === "rft_val_fmt")?.[1];
    const itemType =
      format === "info:ofi/fmt:kev:mtx:journal"
        ? "journalArticle"
        : format === "info:ofi/fmt:kev:mtx:dc"
          ? "webpage"
          : format === "info:ofi/fmt:kev:mtx:book"
            ? "book"
            : undefined;
    if (!itemType) continue;
    const item: ZoteroItem = { itemType, creators: [] };
    for (const [key, value] of parts) {
      if (!value) continue;
      if (key === "rft_id" && /^https?:\/\//.test(value)) item.url = value;
      else if (key === "rft.atitle" && itemType === "journalArticle") item.title = value;
      else if (key === "rft.jtitle" && itemType === "journalArticle") item.publicationTitle = value;
      else if (key === "rft.title") {
        if (itemType === "journalArticle") item.publicationTitle = value;
        else item.title = value;
      } else if (key === "rft.date") item.date = value;
      else if (key === "rft.volume") item.volume = value;
      else if (key === "rft.issue") item.issue = value;
      else if (key === "rft.issn" || (key === "rft.eissn" && !item.ISSN)) item.ISSN = value;
      else if (key === "rft.au") item.creators.push(person(value));
      else if (key === "rft.language") item.language = value;
      else if (key === "rft.description") item.abstractNote = value;
    }
    coins.push(item);
  }
  if (coins.length > 0) return { translator: "COinS", items: coins };

  // Embedded Metadata. Prefixes it knows, and those the page declares.
  const prefixes: Record<string, string> = {
    dc: "http://purl.org/dc/elements/1.1/",
    dcterms: "http://purl.org/dc/terms/",
    og: "http://ogp.me/ns#",
    article: "http://ogp.me/ns/article#",
    z: "http://www.zotero.org/namespaces/export#",
    prism: "http://prismstandard.org/namespaces/1.2/basic/",
    bibo: "http://purl.org/ontology/bibo/",
    eprints: "http://purl.org/eprint/terms/",
    so: "http://schema.org/",
  };
  for (const link of document.querySelectorAll("link[rel]")) {
    const m = /^schema\.([a-zA-Z]+)/.exec(link.getAttribute("rel") ?? "");
    if (m?.[1]) prefixes[m[1].toLowerCase()] = link.getAttribute("href") ?? "";
  }
  const ns = (prefix: string) => prefixes[prefix] ?? "";
  const statements: [string, string][] = [];
  let hwType: string | undefined;
  let hwTypeGuess: string | undefined;
  for (const meta of document.querySelectorAll("meta")) {
    const name = meta.getAttribute("name") || meta.getAttribute("property");
    const value = meta.getAttribute("content");
    if (!name || !value) continue;
    for (const tag of name.split(/\s+/)) {
      const parts = tag.split(/[.:_]/);
      let prefix = parts.length > 2 ? (parts[1] ?? "").toLowerCase() : undefined;
      let prefixLength = parts.length > 2 ? (parts[0] ?? "").length + (parts[1] ?? "").length + 1 : 0;
      if (!prefix || !prefixes[prefix]) {
        prefix = (parts[0] ?? "").toLowerCase();
        prefixLength = (parts[0] ?? "").length;
      }
      if (prefixes[prefix]) {
        const prop = tag.slice(prefixLength + 1);
        statements.push([ns(prefix) + prop.charAt(0).toLowerCase() + prop.slice(1), value]);
        continue;
      }
      const short = tag.slice(tag.lastIndexOf("citation_"));
      if (short === "citation_journal_title") hwType = "journalArticle";
      else if (short === "citation_conference_title" || short === "citation_conference") hwType = "conferencePaper";
      else if (short === "citation_book_title" || short === "citation_inbook_title") hwType = "bookSection";
      else if (short === "citation_dissertation_institution") hwType = "thesis";
      else if (short === "citation_technical_report_institution") hwType = "report";
      else if (short === "citation_title" || short === "citation_series_title") hwTypeGuess ??= "journalArticle";
    }
  }
  const first = (...predicates: string[]) => {
    for (const p of predicates) {
      const found = statements.find(([s]) => s === p);
      if (found) return found[1];
    }
    return undefined;
  };
  const all = (predicate: string) => statements.filter(([s]) => s === predicate).map(([, v]) => v);

  // The item type: Highwire's journal tags first; else the RDF translator's detection, in its
  // order (Zotero's own type, Open Graph, Dublin Core), then the default (Highwire's guess, or a
  // web page when there are statements), then the guesses.
  let itemType: string | undefined = hwType;
  if (!itemType && statements.length > 0) {
    const zType = first(ns("z") + "itemType", ns("z") + "type");
    const ogType = first(ns("og") + "type");
    const dcType = first(ns("dc") + "type", ns("dcterms") + "type");
    const t = {
      zotero: zType && itemTypes.includes(zType) ? zType : undefined,
      og: ogType === "website" ? "webpage" : ogType === "book" ? "book" : undefined,
      dc:
        dcType && itemTypes.includes(dcType)
          ? dcType
          : ["article", "journalarticle", "journalitem"].includes((dcType ?? "").toLowerCase().replace(/\s/g, ""))
            ? "journalArticle"
            : undefined,
    };
    itemType = t.zotero ?? t.og ?? t.dc ?? hwTypeGuess ?? "webpage";
  } else itemType ??= hwTypeGuess;
  if (!itemType) return { translator: "Embedded Metadata", items: [] };

  // The RDF translator's fields, then Highwire's, which override them.
  const item: ZoteroItem = { itemType, creators: [] };
  const set = <K extends keyof ZoteroItem>(key: K, value: ZoteroItem[K] | undefined) => {
    if (value !== undefined && value !== "") item[key] = value;
  };
  set("title", first(ns("dc") + "title", ns("dcterms") + "title", ns("og") + "title"));
  item.creators = [...all(ns("dc") + "creator"), ...all(ns("dc") + "creator.PersonalName")].map(person);
  set("publicationTitle", first(ns("dc") + "source", ns("dcterms") + "source"));
  if (!item.publicationTitle && (itemType === "blogPost" || itemType === "webpage"))
    set("publicationTitle", first(ns("og") + "site_name"));
  set("volume", first(ns("dc") + "source.Volume"));
  set("issue", first(ns("dc") + "source.Issue"));
  set(
    "date",
    first(
      ns("og") + "published_time",
      ns("article") + "published_time",
      ns("dc") + "date.issued",
      ns("dcterms") + "issued",
      ns("dc") + "date",
    ),
  );
  set("url", first(ns("og") + "url"));
  set("abstractNote", first(ns("og") + "description", ns("dcterms") + "abstract"));
  set("language", first(ns("dc") + "language", ns("dcterms") + "language"));

  const highwire = (name: string) =>
    [...document.querySelectorAll<HTMLMetaElement>(`head > meta[name$="${name}"]`)].map((m) => m.content);
  const hw = (name: string) => highwire(name)[0]?.trim() || undefined;
  set("title", hw("citation_title"));
  set("date", hw("citation_publication_date") ?? hw("citation_date"));
  set("publicationTitle", hw("citation_journal_title"));
  set("volume", hw("citation_volume"));
  set("issue", hw("citation_issue"));
  set("abstractNote", hw("citation_abstract"));
  set("language", hw("citation_language"));
  const authors = highwire("citation_author");
  if (authors.length > 0) item.creators = authors.map(person);
  const issns = highwire("citation_issn");
  if (issns.length > 0) item.ISSN = issns.join(", ");
  set("pdf", hw("citation_pdf_url"));
  if (!item.url) set("url", hw("citation_abstract_html_url") ?? hw("citation_fulltext_html_url"));

  // Last chances: the description, the canonical link or the address visited, the page's language.
  if (!item.abstractNote)
    set("abstractNote", document.querySelector<HTMLMetaElement>('meta[name="description" i]')?.content);
  if (!item.url)
    set(
      "url",
      document.querySelector<HTMLLinkElement>('head > link[rel="canonical"]')?.getAttribute("href") ?? location.href,
    );
  if (!item.language) set("language", document.documentElement.lang);
  if (item.url) item.url = resolve(item.url);
  return { translator: "Embedded Metadata", items: [item] };
}
