/**
 * Renders a text's body, as `render()` from astro:content does, for texts loaded by
 * text-loader.ts: an MDX text from its compiled module, a plain-Markdown text from the HTML its
 * loader rendered and cached by content hash. Each page reads only its own text.
 */
import { readFile } from "node:fs/promises";
import { getEntry, render } from "astro:content";
import type { TextModel } from "../model";
import { renderedFile } from "./cache";

type Rendered = NonNullable<NonNullable<Awaited<ReturnType<typeof getEntry<"articles", string>>>>["rendered"]>;

export async function renderText(text: TextModel): Promise<Awaited<ReturnType<typeof render>>> {
  const entry = await getEntry("articles", text.entryId);
  if (!entry) throw new Error(`${text.file}: the entry vanished between loading and rendering`);
  // Astro's store marks an MDX text, compiled by Vite, as rendered when its page is (not in the entry's type).
  if ((entry as { deferredRender?: boolean }).deferredRender || entry.rendered) return render(entry);
  if (entry.digest === undefined)
    throw new Error(`${text.file}: the content store holds no content hash for this text`);
  const file = renderedFile(String(entry.digest));
  const rendered = await readFile(file, "utf8").catch((error: unknown) => {
    throw new Error(
      `${text.file}: its rendered HTML (${file}) is missing; delete the content cache (.astro/cache, or CABJ_CACHE_DIR) and build again`,
      { cause: error },
    );
  });
  return render({ ...entry, rendered: JSON.parse(rendered) as Rendered });
}
