import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { copyProject } from "../../src/tools/project-copy";

const project = new URL("../../", import.meta.url).pathname;

/** Terminal colour codes, which Astro prints even when told not to. */
// eslint-disable-next-line no-control-regex -- the escape character is what is being removed
const stripColours = (text: string) => text.replace(/\x1b\[[0-9;]*m/g, "");

/** A copy of the project in a temporary folder, to build with changed content. */
export interface Fixture {
  dir: string;
  /** Reads a file of the copy, relative to its root. */
  read(path: string): string;
  /** Writes a file of the copy, relative to its root. */
  write(path: string, text: string): void;
  /** Edits a file of the copy in place. */
  edit(path: string, change: (text: string) => string): void;
  remove(path: string): void;
  /** Builds the copy; resolves with the exit code and everything the build printed, colours removed. */
  build(env?: Record<string, string>): Promise<{ code: number | null; output: string }>;
  dispose(): void;
}

export function makeFixture(): Fixture {
  const dir = mkdtempSync(join(tmpdir(), "cabj-fixture-"));
  copyProject(dir, { content: true });
  const path = (p: string) => join(dir, p);
  return {
    dir,
    read: (p) => readFileSync(path(p), "utf8"),
    write: (p, text) => writeFileSync(path(p), text),
    edit(p, change) {
      this.write(p, change(this.read(p)));
    },
    remove: (p) => rmSync(path(p), { recursive: true }),
    build: (env = {}) =>
      new Promise((resolve) => {
        const bin = join(project, "node_modules", ".bin");
        const child = spawn(join(bin, "astro"), ["build"], {
          cwd: dir,
          env: {
            ...process.env,
            ...env,
            PATH: `${bin}:${process.env["PATH"] ?? ""}`,
            ASTRO_TELEMETRY_DISABLED: "1",
            NO_COLOR: "1",
            FORCE_COLOR: "0",
          },
        });
        let output = "";
        child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
        child.on("close", (code) => resolve({ code, output: stripColours(output) }));
      }),
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}
