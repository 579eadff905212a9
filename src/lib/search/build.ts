/**
 * Builds the search index once, at build time, from every text's fields and sections: a sorted
 * vocabulary of folded words and, for each word, its postings (the texts it occurs in, in which
 * fields, how often in the body, and in which sections). `files.ts` splits the result into the
 * files the browser fetches; `engine.ts` searches either form.
 */
import { foldText } from "./fold";
import { fields, indexVersion, type Field } from "./options";

/** The fields a text has once, outside its sections. */
export type HeadField = "title" | "authors" | "keywords" | "jel";
/** The fields a section can belong to. */
export type SectionField = Exclude<Field, HeadField>;

/** One part of a text a result can link to: its abstract, a body section, a summary, its references. */
export interface SearchSection {
  /** The id of its heading on the text's page (the link goes to `#id`). */
  id: string;
  /** Its heading as the page shows it. */
  heading: string;
  /** The field its words count in. */
  field: SectionField;
  /** The language it is written in. */
  lang: string;
  /** Its words, as plain text. */
  text: string;
}

/** One text as search sees it. */
export interface SearchRecord {
  /** Its page, below the site's base ("issues/11-1/bang/"). */
  path: string;
  /** Whether it is an article of an issue or a companion text. */
  kind: "article" | "companion";
  /** Where it was published, for the result line ("Vol. 11 No. 1 (Spring 2020)"). */
  source: string;
  /** Title, authors, keywords and JEL codes. */
  fields: Partial<Record<HeadField, string>>;
  /** Everything else, in the order of the page. */
  sections: SearchSection[];
}

/** One posting: a text, the fields the word occurs in there, how often in the body, and where. */
export interface Posting {
  doc: number;
  /** Bit mask over `fields`. */
  mask: number;
  /** Occurrences in the body. */
  count: number;
  /** Numbers of the sections (in the text's `sections`) it occurs in, increasing. */
  sections: number[];
}

/** What a result shows of a text, apart from section text. */
export interface DocMeta {
  path: string;
  kind: "article" | "companion";
  source: string;
  title: string;
  authors?: string | undefined;
  sections: { id: string; heading: string; lang: string; field: SectionField }[];
}

/** The whole index in memory: what the files are cut from, and what the tests compare against. */
export interface BuiltSearch {
  version: number;
  docs: DocMeta[];
  /** Each text's section texts, in the order of its `sections`. */
  sectionTexts: string[][];
  /** Number of words of each text (all fields). */
  lengths: number[];
  /** The folded vocabulary, sorted. */
  terms: string[];
  /** Number of texts each term occurs in. */
  df: number[];
  /**
   * Postings of each term, in document order, flat (a few numbers each, so that an archive of
   * tens of millions of postings fits in memory): doc, mask, count, number of sections, sections.
   * Read them with `postingsOf`.
   */
  postings: number[][];
}

/** The postings of one term of a built index. */
export function postingsOf(flat: readonly number[]): Posting[] {
  const out: Posting[] = [];
  for (let i = 0; i < flat.length;) {
    const doc = flat[i] as number;
    const mask = flat[i + 1] as number;
    const count = flat[i + 2] as number;
    const n = flat[i + 3] as number;
    out.push({ doc, mask, count, sections: flat.slice(i + 4, i + 4 + n) });
    i += 4 + n;
  }
  return out;
}

const bodyBit = 1 << fields.indexOf("body");

/** The index built text by text, in order, as each text's sections become known. */
export interface SearchBuilder {
  /**
   * Adds the next text. `folded` gives a section's words already folded (`foldText` of its text,
   * done on another thread), or undefined for a section to fold here.
   */
  add(record: SearchRecord, folded?: (section: SearchSection) => readonly string[] | undefined): void;
  /** The index of the texts added. */
  done(): BuiltSearch;
}

/** Builds the index one text at a time: nothing of a text but its postings is kept once it is added. */
export function searchBuilder(): SearchBuilder {
  const byTerm = new Map<string, { df: number; flat: number[] }>();
  const lengths: number[] = [];
  const seen = new Set<string>();
  const docs: DocMeta[] = [];
  const sectionTexts: string[][] = [];

  return {
    add(record, folded) {
      const doc = docs.length;
      if (seen.has(record.path)) throw new Error(`search index: two texts have the path "${record.path}"`);
      seen.add(record.path);
      const ids = new Set<string>();
      for (const s of record.sections) {
        if (ids.has(s.id)) throw new Error(`search index: "${record.path}" has two sections with the id "${s.id}"`);
        ids.add(s.id);
      }
      const postings = new Map<string, Posting>();
      let length = 0;
      const add = (keys: readonly string[], bit: number, section: number | undefined) => {
        for (const key of keys) {
          length += 1;
          let p = postings.get(key);
          if (!p) postings.set(key, (p = { doc, mask: 0, count: 0, sections: [] }));
          p.mask |= bit;
          if (bit === bodyBit) p.count += 1;
          if (section !== undefined && p.sections[p.sections.length - 1] !== section) p.sections.push(section);
        }
      };
      for (const [field, text] of Object.entries(record.fields) as [HeadField, string][])
        add(foldText(text), 1 << fields.indexOf(field), undefined);
      record.sections.forEach((s, i) => add(folded?.(s) ?? foldText(s.text), 1 << fields.indexOf(s.field), i));
      for (const [key, p] of postings) {
        let list = byTerm.get(key);
        if (!list) byTerm.set(key, (list = { df: 0, flat: [] }));
        list.df += 1;
        list.flat.push(p.doc, p.mask, p.count, p.sections.length, ...p.sections);
      }
      lengths.push(length);
      docs.push({
        path: record.path,
        kind: record.kind,
        source: record.source,
        title: record.fields.title ?? record.path,
        ...(record.fields.authors === undefined ? {} : { authors: record.fields.authors }),
        sections: record.sections.map(({ id, heading, lang, field }) => ({ id, heading, lang, field })),
      });
      sectionTexts.push(record.sections.map((s) => s.text));
    },
    done() {
      const terms = [...byTerm.keys()].sort();
      return {
        version: indexVersion,
        docs,
        sectionTexts,
        lengths,
        terms,
        df: terms.map((t) => byTerm.get(t)?.df ?? 0),
        postings: terms.map((t) => byTerm.get(t)?.flat ?? []),
      };
    },
  };
}

/** Builds the index. Throws on a duplicate path or section id. */
export function buildSearch(records: readonly SearchRecord[]): BuiltSearch {
  const builder = searchBuilder();
  for (const record of records) builder.add(record);
  return builder.done();
}
