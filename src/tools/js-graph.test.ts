import { describe, expect, it } from "vitest";
import { imports, pageScripts, scriptClosure } from "./js-graph";

describe("pageScripts", () => {
  it("finds external and inline module scripts, not JSON data", () => {
    const html = `<script type="module" src="/_astro/a.js"></script><script type="application/ld+json">{}</script><script type="module">import("./b.js")</script><script></script>`;
    expect(pageScripts(html)).toEqual({ src: ["/_astro/a.js"], inline: ['import("./b.js")'] });
  });
});

describe("imports", () => {
  it("separates static from dynamic imports, as minifiers write them", () => {
    const code =
      'import{n as e,t}from"./preload.js";import"./side.js";e(`x`,()=>import(`./draw.js`));import("./other.js")';
    expect(imports(code)).toEqual({ static: ["./preload.js", "./side.js"], dynamic: ["./draw.js", "./other.js"] });
  });
  it("ignores bare specifiers and URLs", () => {
    expect(imports('import x from "chart.js";import("https://x/y.js")')).toEqual({ static: [], dynamic: [] });
  });
});

describe("scriptClosure", () => {
  const files: Record<string, string> = {
    "_astro/loader.js": 'import{a}from"./helper.js";a(()=>import("./chart.js"))',
    "_astro/helper.js": "export const a=1",
    "_astro/chart.js": 'import"./helper.js";import"./core.js"',
    "_astro/core.js": "",
  };
  it("loads the loader and its helper at once, the chart and its own imports later, each file once", () => {
    const result = scriptClosure(
      '<script type="module" src="/_astro/loader.js"></script>',
      "issues/x/",
      (p) => files[p]!,
    );
    expect(result.initial.sort()).toEqual(["_astro/helper.js", "_astro/loader.js"]);
    expect(result.later.sort()).toEqual(["_astro/chart.js", "_astro/core.js"]);
  });
  it("a page without scripts loads nothing", () => {
    expect(scriptClosure("<p>text</p>", "", () => "")).toEqual({ initial: [], inline: [], later: [] });
  });
});
