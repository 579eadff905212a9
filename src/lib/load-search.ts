import { experimental_AstroContainer as AstroContainer } from "astro/container";
import mdxRenderer from "@astrojs/mdx/server.js";
import { getEntry, render } from "astro:content";
import { bodyComponents } from "../components/body-components";
import { buildSearch, type SearchSection } from "./search/build";
import { searchFiles } from "./search/files";
import { searchOrder, searchRecords } from "./search/records";
import { bodySections } from "./search/sections";
import { loadSite } from "./site";

export interface LoadedSearch {
  /** The entry file's name, below `search/`. */
  entry: string;
  /** Every search file: name → content. */
  files: Map<string, string>;
}

let cached: Promise<LoadedSearch> | undefined;

/**
 * The search files, built once per build from the site model and each text's body rendered as
 * its page renders it (same components), so that search sees what a reader reads.
 */
export function loadSearch(): Promise<LoadedSearch> {
  cached ??= (async () => {
    const site = await loadSite();
    const container = await AstroContainer.create();
    container.addServerRenderer({ name: "astro:jsx", renderer: mdxRenderer });
    const bodies = new Map<string, SearchSection[]>();
    for (const text of searchOrder(site)) {
      const entry = await getEntry("articles", text.entryId);
      if (!entry) throw new Error(`${text.file}: the entry vanished between loading and rendering`);
      const { Content } = await render(entry);
      const html = await container.renderToString(Content, { props: { components: bodyComponents } });
      bodies.set(text.path, bodySections(html, text.file));
    }
    return searchFiles(buildSearch(searchRecords(site, bodies)));
  })();
  return cached;
}
