/**
 * A render thread of the text loader (text-loader.ts): renders plain-Markdown texts with the
 * site's Markdown processor (src/markdown/processor.ts), as Astro's own Markdown entry type does,
 * and writes each result to its file in the rendered-texts cache, so that the texts of an archive
 * render on all of the machine's cores while the loader reads and checks the next ones.
 */
import { writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { markdownProcessor } from "../../markdown/processor";
import { renderedFile } from "./cache";

/** What Astro gives its Markdown processor besides the plugins (those are the site's, here). */
export interface RenderSettings {
  image: { domains?: string[]; remotePatterns?: unknown[] };
  gfm: boolean | undefined;
  smartypants: unknown;
}

export interface RenderTask {
  body: string;
  data: Record<string, unknown>;
  filePath: string;
  digest: string;
  /** The rendered-texts folder. */
  dir: string;
}

let renderer: Awaited<ReturnType<ReturnType<typeof markdownProcessor>["createRenderer"]>> | undefined;

export async function init(settings: RenderSettings): Promise<void> {
  renderer = await markdownProcessor().createRenderer({ ...settings, syntaxHighlight: false } as Parameters<
    ReturnType<typeof markdownProcessor>["createRenderer"]
  >[0]);
}

/** Renders one text into its cache file, as Astro's Markdown entry type renders it (content-entry-type.js). */
export async function handle(task: RenderTask): Promise<void> {
  if (renderer === undefined) throw new Error("render thread: not initialised");
  const result = await renderer.render(task.body, { frontmatter: task.data, fileURL: pathToFileURL(task.filePath) });
  const imagePaths = result.metadata.localImagePaths.concat(result.metadata.remoteImagePaths);
  if (imagePaths.length > 0)
    throw new Error(
      "expected no images in a plain-Markdown text (place figures with the Figure component in an MDX text)",
    );
  const rendered = { html: result.code, metadata: { ...result.metadata, imagePaths } };
  writeFileSync(renderedFile(task.digest, task.dir), JSON.stringify(rendered));
}
