/**
 * A Node module hook for running the site's TypeScript outside Vite (the benchmark): the site's
 * modules import each other without the ".ts" extension, as Vite and TypeScript's bundler
 * resolution allow, and Node does not. Registered by src/tools/bench/index.ts.
 */
import type { ResolveHook } from "node:module";

export const resolve: ResolveHook = async (specifier, context, next) => {
  try {
    return await next(specifier, context);
  } catch (error) {
    const relative = specifier.startsWith("./") || specifier.startsWith("../");
    if (!relative || (error as { code?: string }).code !== "ERR_MODULE_NOT_FOUND") throw error;
    return next(`${specifier}.ts`, context);
  }
};
