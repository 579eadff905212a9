/**
 * `npm run merge-parts -- <out> <part>…`: joins the output folders of a build in parts (each built
 * with its own CABJ_PART, see src/lib/build/part.ts) into one site in `<out>`, which must not
 * exist yet. It takes the site's origin as the build does (CABJ_SITE, else `site` in the content's
 * journal.yaml) and CABJ_BASE: run it with the settings the parts were built with.
 */
import { register } from "node:module";
import { readFileSync } from "node:fs";
import { join } from "node:path";

register("../resolve-ts.ts", import.meta.url);
const { mergeParts } = await import("../../lib/build/merge.ts");
const { formatCounts } = await import("../../lib/counts.ts");
const { siteOrigin } = await import("../../lib/site-origin.ts");
const { contentRoot } = await import("../../lib/content-root.ts");

const [out, ...parts] = process.argv.slice(2);
if (out === undefined || parts.length === 0) {
  console.error("usage: npm run merge-parts -- <out> <part output>… (e.g. dist parts/1/dist parts/2/dist)");
  process.exit(2);
}
try {
  const started = performance.now();
  const { origin } = siteOrigin(process.env, contentRoot);
  if (origin === undefined)
    throw new Error(
      `merge: the site has no origin (neither CABJ_SITE nor \`site\` in ${contentRoot}/journal.yaml): the merged sitemap, feed and repository need the origin the parts were built for`,
    );
  const merged = await mergeParts(parts, out, origin, process.env["CABJ_BASE"] ?? "/");
  const archive = JSON.parse(readFileSync(join(out, "archive.json"), "utf8")) as {
    counts: Parameters<typeof formatCounts>[0];
  };
  console.log(
    `Merged ${parts.length} part(s) into ${out}: ${merged.pages} page(s), ${merged.files} file(s) (${merged.shared} written by several parts, the same in each) in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
  console.log(`Built ${formatCounts(archive.counts)}.`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
