import katex from "katex";
import { defineMdastPlugin } from "satteri";

/** LaTeX to MathML markup, rendered once at build time; bad LaTeX fails the build. */
export function texToMathml(tex: string, displayMode: boolean): string {
  return katex.renderToString(tex, { output: "mathml", displayMode, throwOnError: true, strict: "error" });
}

/**
 * MathML without its TeX annotation: Astro's MDX pipeline reads raw markup's text as Markdown
 * again, which would turn the `*` of `e^*` into emphasis inside the annotation.
 */
const withoutAnnotation = (markup: string) => markup.replace(/<annotation [^>]*>[^<]*<\/annotation>/g, "");

/** A formula as inline MathML, as the texts' formulas are typeset (for components that show formulas). */
export const inlineMathml = (tex: string) => withoutAnnotation(texToMathml(tex, false));

const relations = new Set([
  "=",
  "<",
  ">",
  "\\le",
  "\\leq",
  "\\ge",
  "\\geq",
  "\\ne",
  "\\neq",
  "\\approx",
  "\\equiv",
  "\\lt",
  "\\gt",
]);

/**
 * An inline formula cut after each relation at its top level (`a + b < c < d` → `a + b <`,
 * `c <`, `d`), as a typesetter breaks a long formula across lines: each piece is typeset on its
 * own, so that the line may break between them. Short formulas, and formulas with no relation
 * outside braces, stay whole.
 */
export function breakAtRelations(tex: string, longerThan = 40): string[] {
  if (tex.length <= longerThan) return [tex];
  const pieces: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < tex.length;) {
    const ch = tex[i]!;
    let token = ch;
    if (ch === "\\") token = /^\\(?:[A-Za-z]+|.)/.exec(tex.slice(i))?.[0] ?? ch;
    if (token === "{") depth += 1;
    else if (token === "}") depth -= 1;
    i += token.length;
    if (depth === 0 && relations.has(token) && i < tex.length && tex.slice(i).trim() !== "") {
      pieces.push(tex.slice(start, i).trim());
      start = i;
    }
  }
  pieces.push(tex.slice(start).trim());
  return pieces;
}

/**
 * Replaces `$…$` and `$$…$$` (parsed by Sätteri's math feature) with MathML, so readers get
 * typeset mathematics with no script or font download.
 */
export const mathToMathml = defineMdastPlugin({
  name: "math-to-mathml",
  inlineMath(node, ctx) {
    const pieces = breakAtRelations(node.value).map((tex) => withoutAnnotation(texToMathml(tex, false)));
    ctx.replaceNode(node, { raw: pieces.join("<wbr />"), mdxExpressions: false });
  },
  math(node, ctx) {
    // A display formula may be wider than a phone: it scrolls, so keyboard users must reach it.
    const mathml = withoutAnnotation(texToMathml(node.value, true));
    ctx.replaceNode(node, { raw: `<div class="math-display" tabindex="0">${mathml}</div>`, mdxExpressions: false });
  },
});
