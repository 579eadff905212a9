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

/**
 * Replaces `$…$` and `$$…$$` (parsed by Sätteri's math feature) with MathML, so readers get
 * typeset mathematics with no script or font download.
 */
export const mathToMathml = defineMdastPlugin({
  name: "math-to-mathml",
  inlineMath(node, ctx) {
    ctx.replaceNode(node, { raw: withoutAnnotation(texToMathml(node.value, false)), mdxExpressions: false });
  },
  math(node, ctx) {
    // A display formula may be wider than a phone: it scrolls, so keyboard users must reach it.
    const mathml = withoutAnnotation(texToMathml(node.value, true));
    ctx.replaceNode(node, { raw: `<div class="math-display" tabindex="0">${mathml}</div>`, mdxExpressions: false });
  },
});
