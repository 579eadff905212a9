/**
 * The index as the files the browser fetches, each named by a hash of its content (so that it can
 * be cached for ever) and fetched only when a query needs it:
 *
 * - the entry (`index.json`, `entryFile`): the number of texts, their lengths, the answer to each
 *   one-letter query (so that the first keystroke of a query fetches no vocabulary or postings),
 *   and the names of the other files; the only file whose name a page carries, and the only one
 *   not named by its content, so that no page changes when the index does (a new text, an edited
 *   one): the browser revalidates it (search-ui.ts) and caches the rest for ever;
 * - vocabulary shards, one per first letter of a folded word: the words, how many texts each
 *   occurs in, which postings file holds each word's postings, and the answer to each query of
 *   two letters that begin with it (so that the second keystroke fetches no postings);
 * - postings files: the postings of a run of consecutive words of one vocabulary shard (so that
 *   a prefix's words mostly share a file);
 * - title shards: what a result shows first of `docsPerTitleShard` consecutive texts (path, title,
 *   authors, where published);
 * - document shards: the sections of `docsPerShard` consecutive texts (headings, ids, fields), and
 *   which snippet file holds each section, for the section links shown under a result;
 * - snippet files: the text of a run of sections of one text, fetched for the sections shown.
 */
import { createHash } from "node:crypto";
import { postingsOf, type BuiltSearch, type DocMeta } from "./build";
import { encodeLetterAnswer, encodeNumber, encodePostings, encodeVocabulary, type EncodedLetterAnswer } from "./codec";
import { prefixAnswers } from "./engine";
import { docsPerShard, docsPerTitleShard, indexVersion } from "./options";

/** A postings file closes once it holds this many characters (a single word's postings may exceed it). */
const postingsFileSize = 24_000;
/** A snippet file closes once it holds this many characters of section text. */
const snippetFileSize = 12_000;

/** The entry file's name, below `search/`: fixed, the same in every build. */
export const entryFile = "index.json";

/** The entry file. */
export interface SearchEntry {
  version: number;
  docCount: number;
  /** Number of words of each text, as encoded numbers. */
  lengths: string;
  /** First letter of a folded word → its vocabulary shard. */
  vocabulary: Record<string, string>;
  /** First letter → the answer to the query of that letter alone. */
  letters: Record<string, EncodedLetterAnswer>;
  /** Title shard files, in document order, `docsPerTitleShard` texts each. */
  titleShards: string[];
  /** Document shard files, in document order, `docsPerShard` texts each. */
  docShards: string[];
}

/** A vocabulary shard. */
export interface VocabularyShard {
  /** Its words, sorted and front-coded. */
  terms: string;
  /** How many texts each word occurs in, as encoded numbers. */
  df: string;
  /** The number of the first word of each postings file, increasing (the first is 0). */
  starts: number[];
  /** The postings files. */
  files: string[];
  /** Two letters (the first is the shard's) → the answer to the query of those two alone. */
  pairs: Record<string, EncodedLetterAnswer>;
}

/** A title shard: for each of its texts, what a result shows before its sections. */
export type TitleShardEntry = Omit<DocMeta, "sections">;
/** A document shard: for each of its texts, its sections, and where their text is. */
export interface DocShardEntry extends Pick<DocMeta, "sections"> {
  /** Snippet file of each section, as an index into `snippetFiles`. */
  sectionFiles: number[];
  snippetFiles: string[];
}
/** A snippet file: the text of consecutive sections of one text, from section `first` on. */
export interface SnippetFile {
  first: number;
  texts: string[];
}

const encodeNumbers = (values: readonly number[]): string => {
  const out: string[] = [];
  for (const v of values) encodeNumber(v, out);
  return out.join("");
};

/**
 * Splits the built index into files: name → content, the entry (`entryFile`) last. With `write`,
 * each file is handed to it as it is made and not kept (the map returned is then empty): an
 * archive of 10,000 texts has 0.6 GB of them.
 */
export function searchFiles(built: BuiltSearch, write?: (name: string, json: string) => void): Map<string, string> {
  const files = new Map<string, string>();
  const save = (name: string, json: string) => {
    if (write) write(name, json);
    else files.set(name, json);
  };
  const put = (kind: string, value: unknown): string => {
    const json = JSON.stringify(value);
    const name = `${kind}.${createHash("sha256").update(json).digest("hex").slice(0, 16)}.json`;
    save(name, json);
    return name;
  };

  // Vocabulary shards by first letter; postings files by runs of words within a shard.
  const vocabulary: Record<string, string> = {};
  const pairs = prefixAnswers(built, 2);
  let from = 0;
  while (from < built.terms.length) {
    const letter = [...(built.terms[from] as string)][0] as string;
    let to = from;
    while (to < built.terms.length && (built.terms[to] as string).startsWith(letter)) to += 1;
    const starts: number[] = [];
    const postingFiles: string[] = [];
    let run: string[] = [];
    let size = 0;
    const close = () => {
      if (run.length === 0) return;
      postingFiles.push(put("p", run));
      run = [];
      size = 0;
    };
    for (let t = from; t < to; t += 1) {
      if (run.length === 0) starts.push(t - from);
      const encoded = encodePostings(postingsOf(built.postings[t] ?? []));
      run.push(encoded);
      size += encoded.length;
      if (size >= postingsFileSize) close();
    }
    close();
    const shard: VocabularyShard = {
      terms: encodeVocabulary(built.terms.slice(from, to)),
      df: encodeNumbers(built.df.slice(from, to)),
      starts,
      files: postingFiles,
      pairs: Object.fromEntries(
        [...pairs].filter(([pair]) => pair.startsWith(letter)).map(([pair, a]) => [pair, encodeLetterAnswer(a)]),
      ),
    };
    vocabulary[letter] = put("v", shard);
    from = to;
  }

  // Document shards, and the snippet files of each text.
  const docShards: string[] = [];
  for (let first = 0; first < built.docs.length; first += docsPerShard) {
    const entries: DocShardEntry[] = built.docs.slice(first, first + docsPerShard).map((doc, k) => {
      const texts = built.sectionTexts[first + k] ?? [];
      const sectionFiles: number[] = [];
      const snippetFiles: string[] = [];
      let start = 0;
      let size = 0;
      const close = (end: number) => {
        if (end > start) snippetFiles.push(put("s", { first: start, texts: texts.slice(start, end) } as SnippetFile));
        start = end;
        size = 0;
      };
      texts.forEach((text, i) => {
        if (size > 0 && size + text.length > snippetFileSize) close(i);
        sectionFiles.push(snippetFiles.length);
        size += text.length;
      });
      close(texts.length);
      return { sections: doc.sections, sectionFiles, snippetFiles };
    });
    docShards.push(put("d", entries));
  }
  const titleShards: string[] = [];
  for (let first = 0; first < built.docs.length; first += docsPerTitleShard)
    titleShards.push(
      put(
        "t",
        built.docs.slice(first, first + docsPerTitleShard).map(({ sections: _, ...title }): TitleShardEntry => title),
      ),
    );

  const entry: SearchEntry = {
    version: indexVersion,
    docCount: built.docs.length,
    lengths: encodeNumbers(built.lengths),
    vocabulary,
    letters: Object.fromEntries([...prefixAnswers(built, 1)].map(([letter, a]) => [letter, encodeLetterAnswer(a)])),
    titleShards,
    docShards,
  };
  save(entryFile, JSON.stringify(entry));
  return files;
}
