/**
 * Builds the search index once, at build time: a vocabulary of folded words (what Fuse matches a
 * query word against), an inverted index from each word to the texts and fields it occurs in, and
 * the length of each text (for BM25). What a result shows (titles, summaries for the snippets)
 * goes to separate shards, fetched only for the results on screen, so that the index a reader
 * downloads stays small as the archive grows.
 */
import { encodePostings, encodeVocabulary, type Posting } from "./codec";
import { foldText } from "./fold";
import { fields, indexVersion, type Field } from "./options";

/** One text as search sees it. */
export interface SearchRecord {
  /** Its page, below the site's base ("issues/11-1/bang/"). */
  path: string;
  /** Which shard carries what its result shows (an issue id, or "companions"). */
  shard: string;
  /** Whether it is an article of an issue or a companion text. */
  kind: "article" | "companion";
  /** Where it was published, for the result line ("Vol. 11 No. 1 (Spring 2020)"). */
  source: string;
  /** The text of each field it has: title, authors, keywords, JEL codes, abstract, summaries. */
  fields: Partial<Record<Field, string>>;
}

/** The index file: everything needed to find and rank texts, nothing needed only to show them. */
export interface SearchIndex {
  version: number;
  /** Page paths, by document number. */
  paths: string[];
  /** Shard names. */
  shards: string[];
  /** Shard number of each document. */
  docShards: number[];
  /** Number of words of each document (all fields). */
  lengths: number[];
  /** The sorted vocabulary of folded words, front-coded (codec.ts). */
  vocabulary: string;
  /** Postings of each vocabulary word, in vocabulary order (codec.ts). */
  postings: string[];
}

/** What a shard carries for each of its texts: what a result shows. */
export interface ShardRecord {
  path: string;
  kind: "article" | "companion";
  source: string;
  fields: Partial<Record<Field, string>>;
}

export interface BuiltSearch {
  index: SearchIndex;
  /** Shard name → its texts. */
  shards: Map<string, ShardRecord[]>;
}

/** Builds the index and the shards. Throws on a record without a path or with a duplicate one. */
export function buildSearch(records: readonly SearchRecord[]): BuiltSearch {
  const postingsByWord = new Map<string, Posting[]>();
  const lengths: number[] = [];
  const shardNames: string[] = [];
  const docShards: number[] = [];
  const shards = new Map<string, ShardRecord[]>();
  const seen = new Set<string>();

  records.forEach((record, doc) => {
    if (seen.has(record.path)) throw new Error(`search index: two texts have the path "${record.path}"`);
    seen.add(record.path);
    const masks = new Map<string, number>();
    let length = 0;
    fields.forEach((field, bit) => {
      const text = record.fields[field];
      if (text === undefined) return;
      for (const key of foldText(text)) {
        masks.set(key, (masks.get(key) ?? 0) | (1 << bit));
        length += 1;
      }
    });
    for (const [key, mask] of masks) {
      const list = postingsByWord.get(key);
      if (list) list.push({ doc, mask });
      else postingsByWord.set(key, [{ doc, mask }]);
    }
    lengths.push(length);
    let shard = shardNames.indexOf(record.shard);
    if (shard < 0) shard = shardNames.push(record.shard) - 1;
    docShards.push(shard);
    const shardRecords = shards.get(record.shard) ?? [];
    shardRecords.push({ path: record.path, kind: record.kind, source: record.source, fields: record.fields });
    shards.set(record.shard, shardRecords);
  });

  const vocabulary = [...postingsByWord.keys()].sort();
  return {
    index: {
      version: indexVersion,
      paths: records.map((r) => r.path),
      shards: shardNames,
      docShards,
      lengths,
      vocabulary: encodeVocabulary(vocabulary),
      postings: vocabulary.map((word) => encodePostings(postingsByWord.get(word) ?? [])),
    },
    shards,
  };
}
