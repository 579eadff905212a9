/**
 * `npm run import -- <file.xml | folder> …`: JATS articles into the content folder (content/, or
 * the one CABJ_CONTENT names). One line per article, a count at the end; exit code 1 if any file
 * failed. See src/lib/jats/import/.
 */
import { register } from "node:module";
import { resolve } from "node:path";

register("./resolve-ts.ts", import.meta.url);
const { importJats } = await import("../lib/jats/import/write.ts");

const paths = process.argv.slice(2);
if (paths.length === 0) {
  console.error("usage: npm run import -- <file.xml | folder> …");
  process.exit(2);
}
const root = resolve(process.env["CABJ_CONTENT"] ?? new URL("../../content", import.meta.url).pathname);
try {
  const report = importJats(
    paths.map((p) => resolve(p)),
    root,
    (line) => console.log(line),
  );
  process.exit(report.failed > 0 ? 1 : 0);
} catch (error) {
  console.error(String(error instanceof Error ? error.message : error));
  process.exit(1);
}
