/** `npm run verify-package [bag]`: checks a bag (default bag/); names every missing, extra or altered file. */
import { verifyBag } from "./bagit.ts";

const [bag = "bag"] = process.argv.slice(2);
const problems = verifyBag(bag);
if (problems.length > 0) {
  console.error(`${bag}: NOT VALID, ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`${bag}: valid (every file present, none extra, every checksum matches)`);
