import { getCollection } from "astro:content";
import { buildModel, type RawEntry, type SiteModel } from "./model";
import { readTextBody } from "./content/body";
import type { Article } from "../schemas/article";

let cached: Promise<SiteModel> | undefined;

/**
 * A text as the model's checks see it. The content store holds no bodies (see
 * content/text-loader.ts): the body is read from the text's file when a check asks for it, and
 * dropped after, so that the archive's bodies are never all in memory at once.
 */
const withBodyFromFile = (entry: RawEntry<Article>): RawEntry<Article> => ({
  id: entry.id,
  filePath: entry.filePath,
  data: entry.data,
  get body() {
    return entry.filePath === undefined ? undefined : readTextBody(entry.filePath);
  },
});

/** The whole site's model, loaded and checked once per build. */
export function loadSite(): Promise<SiteModel> {
  cached ??= (async () =>
    buildModel({
      journal: await getCollection("journal"),
      issues: await getCollection("issues"),
      authors: await getCollection("authors"),
      articles: (await getCollection("articles")).map(withBodyFromFile),
      summaries: await getCollection("summaries"),
    }))();
  return cached;
}
