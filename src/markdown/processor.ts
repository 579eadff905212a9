/**
 * The site's Markdown processor: Sätteri with the site's plugins. Mathematics becomes MathML at
 * build time (no maths JavaScript or fonts reach the reader); footnotes keep the numbers they have
 * in print; notes and cited references open in place; tables are numbered and linkable; headings
 * link to themselves; links leaving the site are marked, unsafe ones refused. astro.config.mjs
 * gives it to Astro, and the build's render threads (src/lib/content/render-worker.ts) make the
 * same one, so that a text renders alike on either.
 */
import { satteri } from "@astrojs/markdown-satteri";
import { mathToMathml } from "./math";
import { printedFootnoteNumbers } from "./footnotes";
import { tableAlignClasses } from "./table-align";
import { safeLinks } from "./links";
import { notePreviews } from "./previews";
import { numberedTables } from "./tables";
import { headingLinks } from "./heading-links";

export const markdownProcessor = () =>
  satteri({
    features: { math: true },
    mdastPlugins: [mathToMathml],
    hastPlugins: [printedFootnoteNumbers, tableAlignClasses, notePreviews, numberedTables, headingLinks, safeLinks],
  });
