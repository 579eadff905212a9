/**
 * `npm run package [site] [bag]`: writes the built site (default dist/) as a BagIt bag (default
 * bag/) with a README for the archivist. Build first, with the CABJ_SITE and CABJ_BASE the
 * archive will be served at: the bag holds the site exactly as built.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeBag } from "./bagit.ts";
import { archivistReadme, type ArchiveDescription } from "./readme.ts";

const [site = "dist", bag = "bag"] = process.argv.slice(2);
const described = join(site, "archive.json");
if (!existsSync(described)) {
  console.error(`${described}: missing. Build the site first (npm run build), then package it.`);
  process.exit(1);
}
const archive = JSON.parse(readFileSync(described, "utf8")) as ArchiveDescription;
if ((archive as Partial<ArchiveDescription>).url === undefined) {
  console.error(
    `${described}: no url. The site was built without its origin, and a bag must say where it is served: build with CABJ_SITE (and CABJ_BASE) set, then package it.`,
  );
  process.exit(1);
}

const today = new Date().toISOString().slice(0, 10);
const { files, bytes } = writeBag(site, bag, {
  info: [
    ["Title", archive.title],
    ...archive.issues.flatMap((i): [string, string][] => [
      ["Issue", i.label],
      ["Issue-Date", i.season ? `${i.season} ${i.year}` : String(i.year)],
    ]),
    ["Publisher", archive.publisher],
    ["External-Identifier", archive.url],
    ["External-Description", `${archive.title} as a static web site, built to be served at ${archive.url}`],
    ["Bagging-Date", today],
    ["Bag-Software-Agent", "cabj-site src/tools/package"],
  ],
  tagFiles: { "README.txt": archivistReadme(archive, today) },
});
console.log(`Wrote ${bag}: ${files} files, ${bytes} bytes of payload. Check it with: npm run verify-package ${bag}`);
