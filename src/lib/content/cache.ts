/**
 * Where the build keeps what it caches across builds: Astro's content store, and beside it the
 * rendered HTML of plain-Markdown texts (see text-loader.ts). CABJ_CACHE_DIR keeps test builds
 * (another base, fixture content) apart from the site's.
 */
import { resolve } from "node:path";

export const cacheDir = process.env["CABJ_CACHE_DIR"] ?? "./.astro/cache";

/** The folder, below the cache folder, of rendered texts, one file per content hash. */
export const renderedFolder = "rendered-texts";

/** The file holding the rendered HTML of a text whose file has content hash `digest`. */
export const renderedFile = (digest: string, dir = resolve(cacheDir, renderedFolder)) => resolve(dir, `${digest}.json`);
