/**
 * The texts' loader: Astro's glob loader, except that no body and no rendered HTML goes into the
 * content store. Astro serialises the whole store as one string, which V8 caps near 512 MB, and
 * holds it in memory for the whole build; with bodies and HTML in it, an archive of a few
 * thousand articles cannot build. Here the store keeps each text's front matter, file and content
 * hash only:
 *
 * - MDX texts are compiled from their files by Vite, as glob() already does (deferred render).
 * - Plain-Markdown texts are rendered once, as glob() renders them (the site's Markdown processor,
 *   src/markdown/processor.ts), but on worker threads (render-worker.ts), and the result is
 *   written to `<cacheDir>/rendered-texts/<hash>.json` instead of the store; a page reads its own
 *   file back when it is rendered (render-text.ts).
 *   A text whose hash the store already holds is not rendered again, as with glob(); when Astro
 *   clears its store (config or version changed) every text is rendered anew.
 *
 * What the build holds in memory and in the store is thus bounded per text, not the archive's
 * bodies at once. The model's checks on bodies read them from the files, one at a time (site.ts).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { glob, type Loader, type LoaderContext } from "astro/loaders";
import { renderedFile, renderedFolder } from "./cache";
import { buildPart } from "../build/part";
import { workerPool, type Pool } from "../build/pool";
import { markdownProcessor } from "../../markdown/processor";
import type { RenderSettings, RenderTask } from "./render-worker";

/** The volume an issue.yaml gives, if it can be read. */
function issueVolume(file: string): number | undefined {
  try {
    const volume = (parse(readFileSync(file, "utf8")) as { volume?: unknown } | null)?.volume;
    return typeof volume === "number" ? volume : undefined;
  } catch {
    return undefined;
  }
}

interface ProcessorOptions {
  mdastPlugins: { name?: string }[];
  hastPlugins: { name?: string }[];
  features: Record<string, unknown>;
}

/**
 * What the render threads need of Astro's Markdown settings. They make the site's own processor
 * (src/markdown/processor.ts), so the one Astro was given must be that one, with its plugins as
 * they are (an integration could have added some): otherwise this throws, naming the difference.
 */
export function renderSettings(config: LoaderContext["config"]): RenderSettings {
  const { markdown, image } = config;
  const given = (markdown.processor as { options?: ProcessorOptions }).options;
  const own = markdownProcessor().options as ProcessorOptions;
  const names = (o: ProcessorOptions | undefined) =>
    JSON.stringify([o?.mdastPlugins.map((p) => p.name), o?.hastPlugins.map((p) => p.name), o?.features]);
  if (names(given) !== names(own))
    throw new Error(
      `text loader: the Markdown processor in astro.config.mjs is not src/markdown/processor.ts as it stands (expected ${names(own)}, found ${names(given)}); give Astro markdownProcessor() unchanged`,
    );
  if (markdown.syntaxHighlight !== false)
    throw new Error(
      "text loader: expected markdown.syntaxHighlight: false in astro.config.mjs (the texts have no code)",
    );
  return {
    image: { domains: [...image.domains], remotePatterns: structuredClone(image.remotePatterns) },
    gfm: markdown.gfm,
    smartypants: markdown.smartypants,
  };
}

type GlobOptions = Parameters<typeof glob>[0];

/** The parts of Astro's content entry types (passed to loaders, not yet in their public type) used here. */
interface EntryType {
  contentModuleTypes?: string;
  getRenderFunction?: (
    config: LoaderContext["config"],
  ) => Promise<(entry: { digest?: string; filePath?: string }) => Promise<unknown>>;
}

export function textFiles(options: Omit<GlobOptions, "retainBody" | "deferRender">): Loader {
  const inner = glob({ ...options, retainBody: false });
  return {
    name: "cabj-text-loader",
    load: async (context) => {
      const dir = fileURLToPath(new URL(`${renderedFolder}/`, context.config.cacheDir));
      mkdirSync(dir, { recursive: true });
      const { store } = context;
      const part = buildPart();
      const volumes = new Map<string, number | undefined>();
      /** Whether the text at `file` is rendered in this build: always, unless it is of an issue outside CABJ_PART. */
      const inThisPart = (file: string | undefined) => {
        const issue =
          file === undefined || part === undefined
            ? undefined
            : /[/\\]issues[/\\]([^/\\]+)[/\\]articles[/\\][^/\\]+$/.exec(file)?.[1];
        if (issue === undefined || part === undefined) return true;
        if (!volumes.has(issue)) volumes.set(issue, issueVolume(join(dirname(dirname(file!)), "issue.yaml")));
        const volume = volumes.get(issue);
        // An issue whose volume cannot be read is rendered: its own errors are reported by its collection.
        return volume === undefined || part({ id: issue, volume });
      };
      // A stored text whose rendered file is gone (cache folder removed) is loaded anew.
      for (const entry of store.values())
        if (entry.digest && !entry.deferredRender && !existsSync(renderedFile(String(entry.digest), dir)))
          store.delete(entry.id);

      const entryTypes = (context as LoaderContext & { entryTypes: Map<string, EntryType> }).entryTypes;
      // Plain-Markdown texts render on threads of their own (render-worker.ts), one per core:
      // this thread, which only reads and checks the texts, waits for them most of the time.
      let pool: Pool<RenderTask, void> | undefined;
      const toFiles = new Map(
        [...entryTypes].map(([extension, type]): [string, EntryType] => {
          if (!type.getRenderFunction || "contentModuleTypes" in type) return [extension, type];
          return [
            extension,
            {
              ...type,
              getRenderFunction: async (config) => {
                pool ??= workerPool<RenderTask, void>(
                  "lib/content/render-worker.ts",
                  renderSettings(config),
                  availableParallelism(),
                );
                const threads = pool;
                return async (entry) => {
                  // In a build in parts, a text of another part's issue is not rendered here.
                  if (!inThisPart(entry.filePath)) return undefined;
                  if (!entry.digest) throw new Error("text loader: expected a content hash for every text");
                  if (entry.filePath === undefined) throw new Error("text loader: expected a file for every text");
                  const { body = "", data = {} } = entry as { body?: string; data?: Record<string, unknown> };
                  await threads.run({ body, data, filePath: entry.filePath, digest: entry.digest, dir });
                  // Nothing rendered goes into the store.
                  return undefined;
                };
              },
            },
          ];
        }),
      );
      try {
        await inner.load({ ...context, entryTypes: toFiles } as LoaderContext);
      } finally {
        await pool?.close();
      }

      // Rendered files of texts that changed or went away are removed.
      const kept = new Set([...store.values()].map((e) => `${String(e.digest)}.json`));
      for (const file of readdirSync(dir)) if (!kept.has(file)) rmSync(renderedFile(file.replace(/\.json$/, ""), dir));
    },
  };
}
