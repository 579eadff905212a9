/**
 * `npm run test:lockfile`: fails when `npm install` would change the committed package-lock.json,
 * so that `npm ci` on a fresh clone installs exactly what was tested. It resolves the lockfile
 * again in a temporary folder (the registry is asked, nothing is installed, the checkout is not
 * touched) and compares; on a difference it names the entries that changed.
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const project = new URL("../../", import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), "cabj-lockfile-"));
try {
  for (const file of ["package.json", "package-lock.json"]) copyFileSync(join(project, file), join(dir, file));
  execFileSync(
    "npm",
    ["install", "--package-lock-only", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"],
    {
      cwd: dir,
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  type Lock = { packages: Record<string, unknown> };
  const committed = JSON.parse(readFileSync(join(project, "package-lock.json"), "utf8")) as Lock;
  const resolved = JSON.parse(readFileSync(join(dir, "package-lock.json"), "utf8")) as Lock;
  const names = new Set([...Object.keys(committed.packages), ...Object.keys(resolved.packages)]);
  const changed = [...names].filter(
    (name) => JSON.stringify(committed.packages[name]) !== JSON.stringify(resolved.packages[name]),
  );
  if (
    changed.length > 0 ||
    readFileSync(join(dir, "package-lock.json"), "utf8") !== readFileSync(join(project, "package-lock.json"), "utf8")
  ) {
    console.error(
      `package-lock.json: npm install would change ${changed.length} entr${changed.length === 1 ? "y" : "ies"}` +
        (changed.length > 0 ? ` (${changed.slice(0, 10).join(", ")}${changed.length > 10 ? ", …" : ""})` : "") +
        ". Run npm install and commit the lockfile it writes.",
    );
    process.exitCode = 1;
  } else {
    console.log(`package-lock.json: complete (${names.size - 1} packages); npm install would not change it.`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
