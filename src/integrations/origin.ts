import type { AstroIntegration } from "astro";
import { noOriginWarning, type SiteOrigin } from "../lib/site-origin";

/** Says once, loudly, when the build has no origin and so writes no absolute URL; else which origin it uses. */
export function originNotice(site: SiteOrigin): AstroIntegration {
  return {
    name: "cabj-origin",
    hooks: {
      "astro:build:start": ({ logger }) => {
        if (site.origin === undefined) logger.warn(noOriginWarning);
        else logger.info(`Absolute URLs name ${site.origin} (from ${site.from ?? ""}).`);
      },
    },
  };
}
