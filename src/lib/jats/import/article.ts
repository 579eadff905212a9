import { existsSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { blocks, inline, section, type BodyContext } from "./body";
import { all, child, flat, ImportError, kids, lang, lineOf, parseJats, textOf, type XNode } from "./tree";

/** A contributor as the JATS file names them. */
export interface ImportedPerson {
  /** Given names then surname, as a Western name is printed. */
  name: string;
  /** The family name (with any suffix, "Pazin Filho") and given names, when the file gives them apart. */
  familyName?: string;
  givenNames?: string;
  orcid?: string;
  email?: string;
  affiliation?: string;
}

/** A summary in one language: the abstract, a trans-abstract, or a translation's abstract. */
export interface ImportedSummary {
  lang: string;
  text: string;
}

/** One JATS article read into the site's content model, before it is written anywhere. */
export interface ImportedArticle {
  file: string;
  slug: string;
  /** What keys the article across imports: its DOI, else its publisher id. */
  key: string;
  issue: { volume: number; number: number; year: number; season?: string };
  /** The printed section heading (`subject`), if any. */
  subject?: string;
  /** Front matter fields other than issue, section, order and authors. */
  front: Record<string, unknown>;
  authors: ImportedPerson[];
  summaries: ImportedSummary[];
  /** The body as Markdown. */
  body: string;
  /** Figure images found beside the XML: where they are, and the name the Markdown links. */
  images: { source: string; name: string }[];
  /** Position for ordering within the issue: the first page or e-location, as a number if it is one. */
  position: number;
  warnings: string[];
  /** Whether the journal named in the file is the given one (by ISSN, else title). */
  journal: { title?: string; issns: string[] };
}

const slugify = (s: string) =>
  s
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

const months = ["", "01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"];

/** A JATS date (`<day>`, `<month>`, `<year>`) as YYYY, YYYY-MM or YYYY-MM-DD: only the precision given. */
function jatsDate(d: XNode | undefined): string | undefined {
  if (!d) return undefined;
  const iso = d.attrs["iso-8601-date"];
  if (iso && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso)) return iso;
  const year = flat(textOf(child(d, "year")));
  if (!/^\d{4}$/.test(year)) return undefined;
  const month = Number(flat(textOf(child(d, "month"))));
  const day = Number(flat(textOf(child(d, "day"))));
  if (!(month >= 1 && month <= 12)) return year;
  if (!(day >= 1 && day <= 31)) return `${year}-${months[month]}`;
  return `${year}-${months[month]}-${String(day).padStart(2, "0")}`;
}

/** Paragraphs of an abstract, one per blank line; a structured abstract's section titles lead their paragraphs. */
function abstractText(a: XNode): string {
  const paras: string[] = [];
  const walk = (n: XNode) => {
    for (const c of kids(n)) {
      if (c.name === "p") paras.push(flat(textOf(c)));
      else if (c.name === "sec") {
        const title = flat(textOf(child(c, "title")));
        const ps = kids(c, "p").map((p) => flat(textOf(p)));
        if (ps.length > 0)
          paras.push(...ps.map((p, i) => (i === 0 && title ? `${title.replace(/[:.]?$/, ":")} ${p}` : p)));
        else if (title) paras.push(title);
        for (const sub of kids(c, "sec")) walk({ ...c, children: [sub] });
      } else if (c.name === "list") for (const li of kids(c, "list-item")) paras.push(flat(textOf(li)));
    }
  };
  walk(a);
  return paras.filter(Boolean).join("\n\n");
}

function affiliationText(aff: XNode): string {
  const original = kids(aff, "institution").find((i) => i.attrs["content-type"] === "original");
  if (original) return flat(textOf(original));
  const parts = aff.children
    .filter((c) => typeof c === "string" || !["label", "sup"].includes(c.name))
    .map((c) =>
      typeof c === "string"
        ? c
        : kids(c).length > 0 && c.name !== "institution"
          ? kids(c).map(textOf).join(", ")
          : textOf(c),
    )
    .map(flat)
    .filter((s) => s !== "" && s !== ",");
  return flat(
    parts
      .join(", ")
      .replace(/\s*,\s*,/g, ",")
      .replace(/,\s*\./g, "."),
  );
}

function personName(c: XNode): { name: string; surname: string; family?: string; given?: string } | undefined {
  const name = child(c, "name") ?? child(c, "string-name") ?? child(child(c, "name-alternatives"), "name");
  if (name) {
    const surname = flat(textOf(child(name, "surname")));
    const given = flat(textOf(child(name, "given-names")));
    const suffix = flat(textOf(child(name, "suffix")));
    const full = flat([given, surname, suffix].filter(Boolean).join(" ")) || flat(textOf(name));
    const family = flat([surname, suffix].filter(Boolean).join(" "));
    return { name: full, surname: surname || full, ...(family && { family }), ...(given && { given }) };
  }
  const collab = child(c, "collab");
  if (collab) {
    const t = flat(textOf(collab));
    return { name: t, surname: t };
  }
  return undefined;
}

/** A reference: the entry as printed, and its parts in the fields CSL (and citation-js) use. */
function reference(ref: XNode, ctx: BodyContext): Record<string, unknown> {
  const mixed = all(ref, "mixed-citation")[0];
  const element = all(ref, "element-citation")[0] ?? all(ref, "nlm-citation")[0];
  const parts = element ?? mixed;
  const printed = mixed ?? element;
  const text = printed
    ? flat(
        inline(printed.children, { ...ctx, warn: () => {} }, "html")
          .replace(/<[^>]+>/g, "")
          .replace(/&lt;/g, "<")
          .replace(/&gt;/g, ">")
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&"),
      )
    : flat(textOf(ref).replace(child(ref, "label") ? textOf(child(ref, "label")) : "", ""));
  const out: Record<string, unknown> = { text: element && !mixed ? flat(kids(element).map(textOf).join(" ")) : text };
  if (!parts) return out;
  const field = (name: string) => flat(textOf(child(parts, name))) || undefined;
  const groups = kids(parts, "person-group");
  const names = (type: string) =>
    groups
      .filter((g) => (g.attrs["person-group-type"] ?? "author") === type)
      .flatMap((g) =>
        kids(g).flatMap((n) => {
          if (n.name === "name" || n.name === "string-name") {
            const s = flat(textOf(child(n, "surname")));
            const g2 = flat(textOf(child(n, "given-names")));
            return s ? [g2 ? `${s}, ${g2}` : s] : [flat(textOf(n))].filter(Boolean);
          }
          if (n.name === "collab") return [flat(textOf(n))];
          if (n.name === "etal") return [];
          return [];
        }),
      );
  const authors = [
    ...names("author"),
    ...kids(parts, "name").map((n) => `${flat(textOf(child(n, "surname")))}, ${flat(textOf(child(n, "given-names")))}`),
    ...kids(parts, "collab").map((c) => flat(textOf(c))),
  ];
  if (authors.length > 0) out["authors"] = authors;
  const editors = names("editor");
  if (editors.length > 0) out["editors"] = editors;
  const year = field("year");
  if (year) out["year"] = year;
  const type = parts.attrs["publication-type"] ?? parts.attrs["citation-type"];
  const cslType =
    {
      journal: "article-journal",
      book: "book",
      thesis: "thesis",
      confproc: "paper-conference",
      report: "report",
      webpage: "webpage",
      web: "webpage",
      patent: "patent",
      software: "software",
      newspaper: "article-newspaper",
      database: "dataset",
      data: "dataset",
    }[type ?? ""] ?? (child(parts, "chapter-title") ? "chapter" : undefined);
  if (cslType) out["type"] = child(parts, "chapter-title") && cslType === "book" ? "chapter" : cslType;
  const articleTitle = field("article-title") ?? field("chapter-title") ?? field("part-title");
  const source = field("source");
  if (articleTitle) {
    out["title"] = articleTitle;
    if (source) out["container"] = source;
  } else if (source) out["title"] = source;
  for (const [jats, key] of [
    ["volume", "volume"],
    ["issue", "issue"],
    ["edition", "edition"],
    ["publisher-name", "publisher"],
    ["publisher-loc", "place"],
  ] as const) {
    const v = field(jats);
    if (v) out[key] = v;
  }
  const fpage = field("fpage");
  const lpage = field("lpage");
  const range = field("page-range");
  if (fpage) out["pages"] = lpage ? `${fpage}-${lpage}` : fpage;
  else if (range) out["pages"] = range;
  else if (field("elocation-id")) out["pages"] = field("elocation-id");
  for (const id of kids(parts, "pub-id")) {
    const v = flat(textOf(id));
    const t = id.attrs["pub-id-type"];
    if (t === "doi" && /^10\.\S+\/\S+$/.test(v)) out["doi"] = v;
    if (t === "pmid" && /^\d+$/.test(v)) out["pmid"] = v;
  }
  const url = [...kids(parts, "ext-link"), ...kids(parts, "uri")]
    .map((l) => l.attrs["xlink:href"] ?? flat(textOf(l)))
    .find((h) => /^https?:\/\//i.test(h));
  if (url) out["url"] = url.replace(/\s/g, "");
  const accessed = flat(textOf(child(parts, "date-in-citation")));
  if (accessed) out["accessed"] = accessed;
  return out;
}

/**
 * Reads one JATS article (tag set 1.0 to 1.3, Publishing or Archiving) into the site's model:
 * front matter as documented fields, the body as Markdown, the summaries in their languages, the
 * references as structured data. Nothing is invented: a field the file does not give is left out.
 * Bad input is an ImportError naming the file, the line and what was expected.
 */
export function readJatsArticle(xml: string, file: string): ImportedArticle {
  const article = parseJats(xml, file);
  const front = child(article, "front");
  const meta = child(front, "article-meta");
  const at = (needle: string) => lineOf(xml, needle);
  if (!meta) throw new ImportError(file, at("<front"), "expected <article-meta> in <front>");
  const warnings: string[] = [];
  const warn = (m: string) => warnings.push(m);
  const articleLang = lang(article) ?? "en";

  const titleGroup = child(meta, "title-group");
  const title = flat(textOf(child(titleGroup, "article-title")));
  if (!title)
    throw new ImportError(
      file,
      at("<title-group") ?? at("<article-meta"),
      "expected the article's title (<title-group><article-title>), got none",
    );
  const subtitle = flat(textOf(child(titleGroup, "subtitle")));
  const translatedTitles = kids(titleGroup, "trans-title-group").flatMap((g) => {
    const t = flat(textOf(child(g, "trans-title")));
    const l = lang(g) ?? lang(child(g, "trans-title"));
    return t && l
      ? [
          {
            lang: l,
            title: t,
            ...(flat(textOf(child(g, "trans-subtitle"))) && { subtitle: flat(textOf(child(g, "trans-subtitle"))) }),
          },
        ]
      : [];
  });

  // Journal, volume, issue, date.
  const jm = child(front, "journal-meta");
  const journalTitle =
    flat(textOf(child(child(jm, "journal-title-group"), "journal-title") ?? child(jm, "journal-title"))) || undefined;
  const issns = kids(jm, "issn").map((i) => flat(textOf(i)).toUpperCase());
  const volumeText = flat(textOf(child(meta, "volume")));
  const numberText = flat(textOf(child(meta, "issue")));
  if (!/^\d+$/.test(volumeText))
    throw new ImportError(
      file,
      at("<article-meta"),
      `expected the volume as a whole number in <volume>, got ${volumeText ? `"${volumeText}"` : "none"}`,
    );
  if (!/^\d+$/.test(numberText))
    throw new ImportError(
      file,
      at("<volume") ?? at("<article-meta"),
      `expected the issue number as a whole number in <issue>, got ${numberText ? `"${numberText}"` : "none"}`,
    );
  const pubDates = kids(meta, "pub-date");
  const rank = (d: XNode) => {
    const t = d.attrs["pub-type"] ?? d.attrs["date-type"] ?? "";
    return ["collection", "ppub", "epub-ppub", "pub", "epub"].indexOf(t) + 1 || 9;
  };
  const issueDate = [...pubDates].sort((a, b) => rank(a) - rank(b))[0];
  const year = Number(flat(textOf(child(issueDate, "year"))));
  if (!issueDate || !(year >= 1900 && year <= 2100))
    throw new ImportError(
      file,
      at("<pub-date") ?? at("<article-meta"),
      "expected a publication date with its year (<pub-date><year>)",
    );
  const season = flat(textOf(child(issueDate, "season")));
  const published = jatsDate(
    pubDates.find((d) =>
      ["epub", "pub", "epub-ppub", "ppub"].includes(d.attrs["pub-type"] ?? d.attrs["date-type"] ?? ""),
    ) ?? issueDate,
  );

  // Contributors.
  const affs = new Map(all(meta, "aff", ["sub-article"]).map((a) => [a.attrs["id"] ?? "", affiliationText(a)]));
  const correspIds = new Set<string>();
  const authors: ImportedPerson[] = [];
  for (const group of kids(meta, "contrib-group"))
    for (const c of kids(group, "contrib")) {
      if ((c.attrs["contrib-type"] ?? "author") !== "author") continue;
      const n = personName(c);
      if (!n) {
        warn("a contributor without a name is left out");
        continue;
      }
      const orcidText = kids(c, "contrib-id").find((i) => i.attrs["contrib-id-type"] === "orcid");
      const orcid = orcidText ? /(\d{4}-\d{4}-\d{4}-\d{3}[\dX])/.exec(textOf(orcidText))?.[1] : undefined;
      const rids = kids(c, "xref")
        .filter((x) => x.attrs["ref-type"] === "aff")
        .flatMap((x) => (x.attrs["rid"] ?? "").split(/\s+/));
      const own = [
        ...rids.map((r) => affs.get(r)).filter((a): a is string => !!a),
        ...kids(c, "aff").map(affiliationText),
      ];
      if (own.length === 0 && affs.size === 1 && rids.length === 0) own.push([...affs.values()][0] ?? "");
      for (const x of kids(c, "xref").filter((x) => x.attrs["ref-type"] === "corresp"))
        correspIds.add(x.attrs["rid"] ?? "");
      const email = flat(textOf(child(c, "email")));
      authors.push({
        name: n.name,
        ...(n.family && { familyName: n.family }),
        ...(n.given && { givenNames: n.given }),
        ...(orcid && { orcid }),
        ...(email && { email }),
        ...(own.filter(Boolean).length > 0 && { affiliation: [...new Set(own.filter(Boolean))].join("; ") }),
      });
    }
  const notes = child(meta, "author-notes");
  const authorNote = flat(
    kids(notes)
      .filter((n) => n.name === "corresp" || n.name === "fn")
      .map((n) =>
        flat(
          textOf({
            ...n,
            children: n.children.filter((c) => typeof c === "string" || c.name !== "label" || n.name === "corresp"),
          }),
        ),
      )
      .join(" "),
  );

  // Summaries in their own languages.
  const summaries: ImportedSummary[] = [];
  const addSummary = (a: XNode, l: string) => {
    if (a.attrs["abstract-type"] && !["structured", "summary", "normal"].includes(a.attrs["abstract-type"] ?? ""))
      return;
    const text = abstractText(a);
    if (!text) return;
    const existing = summaries.find((s) => s.lang === l);
    if (existing) {
      if (existing.text !== text)
        warn(`a second abstract in "${l}" is left out: the site keeps one summary per language`);
      return;
    }
    summaries.push({ lang: l, text });
  };
  const abstracts = kids(meta, "abstract");
  const mainAbstract = abstracts.find(
    (a) => !a.attrs["abstract-type"] || ["structured", "normal"].includes(a.attrs["abstract-type"] ?? ""),
  );
  for (const a of abstracts) addSummary(a, lang(a) ?? articleLang);
  for (const a of kids(meta, "trans-abstract")) addSummary(a, lang(a) ?? articleLang);

  // Keywords per language.
  const keywordGroups = new Map<string, string[]>();
  const addKeywords = (g: XNode, fallback: string) => {
    const l = lang(g) ?? fallback;
    const words = kids(g, "kwd")
      .map((k) => flat(textOf(k)))
      .filter(Boolean);
    if (words.length > 0) keywordGroups.set(l, [...(keywordGroups.get(l) ?? []), ...words]);
  };
  for (const g of kids(meta, "kwd-group")) addKeywords(g, articleLang);

  // Translations: their abstract is a summary in their language; their title and keywords are kept.
  for (const sub of all(article, "sub-article")) {
    const l = lang(sub);
    if (!l) continue;
    if (sub.attrs["article-type"] !== "translation") {
      warn(`a sub-article of type "${sub.attrs["article-type"] ?? "?"}" is not imported`);
      continue;
    }
    const stub = child(sub, "front-stub") ?? child(child(sub, "front"), "article-meta");
    for (const a of [...kids(stub, "abstract"), ...kids(stub, "trans-abstract")]) addSummary(a, lang(a) ?? l);
    for (const g of kids(stub, "kwd-group")) addKeywords(g, l);
    const t = flat(textOf(child(child(stub, "title-group"), "article-title")));
    if (t && !translatedTitles.some((x) => x.lang === l)) translatedTitles.push({ lang: l, title: t });
    if (child(sub, "body"))
      warn(`the full text of the ${l} translation is not imported; its abstract, title and keywords are`);
  }

  // Identifiers, pages, dates, rights, funding.
  const ids = kids(meta, "article-id").map((i) => ({
    type: i.attrs["pub-id-type"] ?? "other",
    value: flat(textOf(i)),
  }));
  const doi = ids.find((i) => i.type === "doi" && /^10\.\S+\/\S+$/.test(i.value))?.value;
  const publisherId = ids.find((i) => i.type === "publisher-id")?.value;
  const key = doi ? `doi:${doi.toLowerCase()}` : publisherId ? `publisher-id:${publisherId}` : undefined;
  if (!key)
    throw new ImportError(
      file,
      at("<article-meta"),
      'expected a DOI or a publisher id (<article-id pub-id-type="doi"> or "publisher-id"), which keys the article across imports',
    );
  const fpage = flat(textOf(child(meta, "fpage")));
  const lpage = flat(textOf(child(meta, "lpage")));
  const elocation = flat(textOf(child(meta, "elocation-id")));
  const history = child(meta, "history");
  const received = jatsDate(kids(history, "date").find((d) => d.attrs["date-type"] === "received"));
  const accepted = jatsDate(kids(history, "date").find((d) => d.attrs["date-type"] === "accepted"));
  const permissions = child(meta, "permissions");
  const license = child(permissions, "license");
  const licenseUrl = license?.attrs["xlink:href"]?.trim();
  const licenseText = flat(kids(license, "license-p").map(textOf).join(" "));
  const copyrightStatement = flat(textOf(child(permissions, "copyright-statement")));
  const copyrightYear = flat(textOf(child(permissions, "copyright-year")));
  const copyrightHolder = flat(textOf(child(permissions, "copyright-holder")));
  const fundingGroup = child(meta, "funding-group");
  const awards = kids(fundingGroup, "award-group").flatMap((g) => {
    const sources = kids(g, "funding-source")
      .map((s) => flat(textOf(s)))
      .filter(Boolean);
    const awardIds = kids(g, "award-id")
      .map((s) => flat(textOf(s)))
      .filter(Boolean);
    return sources
      .map((source, i) => ({ source, ...(awardIds.length > 0 && { ids: i === 0 ? awardIds : [] }) }))
      .map((a) => (a.ids?.length === 0 ? { source: a.source } : a));
  });
  const fundingStatement = flat(textOf(child(fundingGroup, "funding-statement")));
  const subject = flat(textOf(all(child(meta, "article-categories"), "subject")[0])) || undefined;

  // References and notes, which the body links to.
  const back = child(article, "back");
  const refNodes = all(back, "ref", ["sub-article"]);
  const refs = new Map(refNodes.map((r, i) => [r.attrs["id"] ?? `#${i}`, i + 1]));
  const fnNodes = [
    ...all(back, "fn", ["sub-article", "table-wrap-foot"]),
    ...all(child(article, "body"), "fn", ["table-wrap-foot"]),
  ].filter((f) => f.attrs["id"]);
  const used = new Set<string>();
  const noteLabels = new Map(
    fnNodes.map((f) => {
      const printed = flat(textOf(child(f, "label")));
      // A printed number or letter stays the note's label; other notes are numbered on the page.
      let label =
        /^(\d+|[a-z]{1,2})$/.test(printed) && !used.has(printed)
          ? printed
          : `n-${slugify(f.attrs["id"] ?? "") || "note"}`;
      while (used.has(label)) label += "x";
      used.add(label);
      return [f.attrs["id"] ?? "", label];
    }),
  );
  const dir = dirname(file);
  const images: { source: string; name: string }[] = [];
  const ctx: BodyContext = {
    refs,
    notes: noteLabels,
    warn,
    image(href) {
      if (!href || /^[a-z]+:/i.test(href)) return undefined;
      const base = join(dir, href);
      const candidates = /\.[a-z0-9]{2,4}$/i.test(href)
        ? [base]
        : [".jpg", ".jpeg", ".png", ".gif", ".svg", ".webp"].map((e) => base + e);
      const found = candidates.find((c) => existsSync(c) && /\.(jpe?g|png|gif|svg|webp)$/i.test(c));
      if (!found) return undefined;
      const name = basename(found);
      if (!images.some((i) => i.name === name)) images.push({ source: found, name });
      return name;
    },
  };
  const references = refNodes.map((r) => reference(r, ctx));

  // Body: sections, then acknowledgements, appendices and notes of the back matter.
  const bodyNode = child(article, "body");
  const bodyParts = blocks(bodyNode?.children ?? [], ctx, 2);
  for (const ack of kids(back, "ack")) {
    const hasTitle = child(ack, "title");
    bodyParts.push(
      ...section(
        hasTitle
          ? ack
          : { ...ack, children: [{ name: "title", attrs: {}, children: ["Acknowledgements"] }, ...ack.children] },
        ctx,
        2,
      ),
    );
  }
  for (const group of kids(back, "app-group"))
    for (const app of kids(group, "app")) bodyParts.push(...section(app, ctx, 2));
  for (const notesNode of kids(back, "notes")) bodyParts.push(...section(notesNode, ctx, 2));
  const noteDefs = fnNodes
    .filter((f) => noteLabels.has(f.attrs["id"] ?? ""))
    .map((f) => {
      const content = blocks(
        f.children.filter((c) => typeof c === "string" || c.name !== "label"),
        ctx,
        6,
      ).join(" ");
      return `[^${noteLabels.get(f.attrs["id"] ?? "")}]: ${content || "[This note is empty in the source.]"}`;
    });
  // A note no marker points to is still shown: GFM drops an unreferenced note, so the notes go
  // after the text with a marker each only when the text has none.
  const bodyText = bodyParts.join("\n\n");
  const orphans = [...noteLabels.values()].filter((l) => !bodyText.includes(`[^${l}]`));
  const body = [
    bodyText,
    ...(orphans.length > 0 ? [`Notes: ${orphans.map((l) => `[^${l}]`).join(" ")}`] : []),
    ...noteDefs,
  ]
    .filter(Boolean)
    .join("\n\n");
  if (bodyText.trim() === "") warn("the article has no body text in the file");

  const keywords = keywordGroups.get(articleLang);
  const translatedKeywords = [...keywordGroups.entries()]
    .filter(([l]) => l !== articleLang)
    .map(([l, k]) => ({ lang: l, keywords: k }));
  const firstAuthor = authors[0]?.name.split(" ").pop() ?? "";
  const titleWords = slugify(title)
    .split("-")
    .filter((w) => w.length > 2)
    .slice(0, 5)
    .join("-");
  const slug = slugify(`${firstAuthor} ${titleWords}`).slice(0, 70).replace(/-+$/, "") || slugify(key);

  const position = Number(fpage || elocation.replace(/\D/g, "")) || Number.MAX_SAFE_INTEGER;
  const frontMatter: Record<string, unknown> = {
    title,
    ...(subtitle && { subtitle }),
    ...(articleLang !== "en" && { lang: articleLang }),
    ...(translatedTitles.length > 0 && { translatedTitles }),
    ...(authorNote && { authorNote }),
    ...(mainAbstract && abstractText(mainAbstract) && { abstract: abstractText(mainAbstract) }),
    ...(keywords && { keywords }),
    ...(translatedKeywords.length > 0 && { translatedKeywords }),
    ...(doi && { doi }),
    ...(ids.filter((i) => i.type !== "doi" && i.value).length > 0 && {
      articleIds: ids.filter((i) => i.type !== "doi" && i.value),
    }),
    ...(fpage && { pages: { first: fpage, ...(lpage && { last: lpage }) } }),
    ...(elocation && { elocation }),
    ...((received || accepted || published) && {
      dates: { ...(received && { received }), ...(accepted && { accepted }), ...(published && { published }) },
    }),
    ...((licenseUrl || licenseText) && {
      license: {
        ...(licenseUrl && /^https?:\/\//.test(licenseUrl) && { url: licenseUrl }),
        ...(licenseText && { text: licenseText }),
      },
    }),
    ...((copyrightStatement || copyrightYear || copyrightHolder) && {
      copyright: {
        ...(copyrightStatement && { statement: copyrightStatement }),
        ...(copyrightYear && { year: copyrightYear }),
        ...(copyrightHolder && { holder: copyrightHolder }),
      },
    }),
    ...((awards.length > 0 || fundingStatement) && {
      funding: { ...(fundingStatement && { statement: fundingStatement }), ...(awards.length > 0 && { awards }) },
    }),
    ...(references.length > 0 && { references }),
  };
  // The main abstract is the article's own; the summaries section holds the other languages.
  const others = summaries.filter((s) => !(mainAbstract && s.lang === (lang(mainAbstract) ?? articleLang)));
  return {
    file,
    slug,
    key,
    issue: { volume: Number(volumeText), number: Number(numberText), year, ...(season && { season }) },
    ...(subject && { subject }),
    front: frontMatter,
    authors,
    summaries: others,
    body,
    images,
    position,
    warnings,
    journal: { ...(journalTitle && { title: journalTitle }), issns },
  };
}
