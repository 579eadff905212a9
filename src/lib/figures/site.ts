import { getCollection } from "astro:content";
import { loadSite } from "../site";
import { readTextBody } from "../content/body";
import { buildFigures, type FiguresModel } from "./model";

let cached: Promise<FiguresModel> | undefined;

/** Every table and figure, read and checked once per build. */
export function loadFigures(): Promise<FiguresModel> {
  cached ??= (async () => {
    const site = await loadSite();
    const files = new Map((await getCollection("articles")).map((a) => [a.id, a.filePath]));
    // Bodies are read from the files, one at a time, not held for the whole archive: only a
    // body that places a figure is kept, for the figures' order (see content/text-loader.ts).
    const placing = new Map<string, string>();
    const bodyOf = (id: string) => {
      const kept = placing.get(id);
      if (kept !== undefined) return kept;
      const file = files.get(id);
      const body = file === undefined ? "" : readTextBody(file);
      if (body.includes("<Figure")) placing.set(id, body);
      return body;
    };
    return buildFigures(
      { figures: await getCollection("figures"), csvs: await getCollection("figureRows") },
      site.texts.map((t) => ({
        slug: t.slug,
        file: t.file,
        get body() {
          return bodyOf(t.entryId);
        },
      })),
    );
  })();
  return cached;
}
