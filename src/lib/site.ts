import { getCollection } from "astro:content";
import { buildModel, type SiteModel } from "./model";

let cached: Promise<SiteModel> | undefined;

/** The whole site's model, loaded and checked once per build. */
export function loadSite(): Promise<SiteModel> {
  cached ??= (async () =>
    buildModel({
      journal: await getCollection("journal"),
      issues: await getCollection("issues"),
      authors: await getCollection("authors"),
      articles: await getCollection("articles"),
      summaries: await getCollection("summaries"),
    }))();
  return cached;
}
