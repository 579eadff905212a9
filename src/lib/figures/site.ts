import { getCollection } from "astro:content";
import { loadSite } from "../site";
import { buildFigures, type FiguresModel } from "./model";

let cached: Promise<FiguresModel> | undefined;

/** Every table and figure, read and checked once per build. */
export function loadFigures(): Promise<FiguresModel> {
  cached ??= (async () => {
    const site = await loadSite();
    const articles = await getCollection("articles");
    const bodies = new Map(articles.map((a) => [a.id, a.body ?? ""]));
    return buildFigures(
      { figures: await getCollection("figures"), csvs: await getCollection("figureRows") },
      site.texts.map((t) => ({ slug: t.slug, file: t.file, body: bodies.get(t.entryId) ?? "" })),
    );
  })();
  return cached;
}
