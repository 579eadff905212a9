import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { mathArity } from "./body";

/**
 * The JATS Journal Publishing 1.3 DTD the site's JATS files are checked against: the team's copy
 * beside the checkout (`../shared/schemas/jats-publishing-1.3/`), or the one `CABJ_JATS_DTD` names.
 */
export const jatsDtd =
  process.env["CABJ_JATS_DTD"] ??
  fileURLToPath(
    new URL("../../../../shared/schemas/jats-publishing-1.3/JATS-journalpublishing1-3.dtd", import.meta.url),
  );

export const haveJatsDtd = () => existsSync(jatsDtd);

/** Fixed-arity MathML elements with the wrong number of children, as "msup with 3 children". */
function mathArityProblems(xml: string): string[] {
  const problems: string[] = [];
  const open: { name: string; children: number }[] = [];
  for (const m of xml.matchAll(/<(\/?)mml:([a-z]+)\b[^>]*?(\/?)>/g)) {
    const [, close, name = "", selfClosing] = m;
    if (close) {
      const done = open.pop();
      if (done && mathArity[done.name] !== undefined && done.children !== mathArity[done.name])
        problems.push(`mml:${done.name} with ${done.children} children, expected ${mathArity[done.name]}`);
      continue;
    }
    const parent = open.at(-1);
    if (parent) parent.children++;
    if (!selfClosing) open.push({ name, children: 0 });
  }
  return problems;
}

/**
 * What is wrong with a JATS document, by `xmllint --dtdvalid` against the 1.3 DTD (no network:
 * the DOCTYPE's URL is never fetched) and by counting MathML arguments; empty when it is valid.
 */
export function jatsProblems(xml: string): string[] {
  let output = "";
  try {
    execFileSync("xmllint", ["--noout", "--nonet", "--dtdvalid", jatsDtd, "-"], {
      input: xml,
      stdio: ["pipe", "ignore", "pipe"],
    });
  } catch (error) {
    output = String((error as { stderr?: Buffer }).stderr ?? error);
  }
  const dtd = output
    .split("\n")
    .filter((line) => / error |^Document /.test(line) && !/does not validate/.test(line))
    .map((line) => line.replace(/^-:/, "line "));
  return [...dtd, ...mathArityProblems(xml)];
}
