import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { Loader } from "astro/loaders";

/**
 * Loads every `*.csv` in `folder` as an entry `{ text }` named by the file (no extension). The
 * text is parsed and checked later, with the YAML that describes its columns; the digest lets the
 * content layer skip unchanged files.
 */
export function csvFiles(folder: string): Loader {
  return {
    name: "csv-files",
    load: async ({ store, parseData, generateDigest, config, watcher }) => {
      const root = new URL(".", config.root).pathname;
      const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith(".csv")).sort();
      const ids = new Set<string>();
      for (const name of names) {
        const id = name.slice(0, -".csv".length);
        const path = join(folder, name);
        const text = await readFile(path, "utf8");
        const digest = generateDigest(text);
        ids.add(id);
        if (store.get(id)?.digest === digest) continue;
        const filePath = relative(root, path);
        store.set({ id, data: await parseData({ id, data: { text }, filePath }), filePath, digest });
      }
      for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      watcher?.add(folder);
    },
  };
}
