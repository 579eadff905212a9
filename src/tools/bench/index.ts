/**
 * `npm run bench`: one command, one report. Every other module in this folder is a section: its
 * default export returns the lines it prints. Figures are medians and ratios; nothing here is a
 * pass/fail test.
 */
import { readdirSync } from "node:fs";
import { register } from "node:module";

register("../resolve-ts.ts", import.meta.url);

const here = new URL(".", import.meta.url);
/** BENCH_ONLY=search (or a comma-separated list) runs only those sections. */
const only = process.env["BENCH_ONLY"]?.split(",");
const sections = readdirSync(here)
  .filter((name) => name.endsWith(".ts") && name !== "index.ts" && !name.endsWith(".test.ts"))
  .filter((name) => !only || only.includes(name.replace(/\.ts$/, "")))
  .sort();

for (const name of sections) {
  const section = (await import(new URL(name, here).href)) as { default: () => Promise<string[]> };
  console.log(`\n## ${name.replace(/\.ts$/, "")}\n`);
  for (const line of await section.default()) console.log(line);
}
