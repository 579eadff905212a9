import { buildSearch, type BuiltSearch } from "./search/build";
import { searchRecords } from "./search/records";
import { loadSite } from "./site";

let cached: Promise<BuiltSearch> | undefined;

/** The search index and its result shards, built once per build from the site model. */
export function loadSearch(): Promise<BuiltSearch> {
  cached ??= loadSite().then((site) => buildSearch(searchRecords(site)));
  return cached;
}
