import { describe, expect, it } from "vitest";
import { parseHtml, textOf, type HtmlNode } from "./html";

const el = (name: string, attrs: Record<string, string | true>, ...children: HtmlNode[]): HtmlNode => ({
  type: "element",
  name,
  attrs,
  children,
});
const text = (value: string): HtmlNode => ({ type: "text", value });

describe("parseHtml", () => {
  it.each<[string, string, HtmlNode[]]>([
    ["text and elements, in order", "a<b>x</b>c", [text("a"), el("b", {}, text("x")), text("c")]],
    ["white space kept", "<p> <i>x</i> </p>", [el("p", {}, text(" "), el("i", {}, text("x")), text(" "))]],
    ["names in lower case", "<P>x</p>", [el("p", {}, text("x"))]],
    [
      "attributes double-, single-quoted and boolean; their names as written",
      `<svg viewBox="0 0 1 1" data-x='a "b"' hidden></svg>`,
      [el("svg", { viewBox: "0 0 1 1", "data-x": 'a "b"', hidden: true })],
    ],
    [
      "void elements need no closing",
      '<p>a<br>b<img src="x.png" alt=""></p>',
      [el("p", {}, text("a"), el("br", {}), text("b"), el("img", { src: "x.png", alt: "" }))],
    ],
    [
      "self-closing elements",
      '<math><mspace width="1em"/><mi>x</mi></math>',
      [el("math", {}, el("mspace", { width: "1em" }), el("mi", {}, text("x")))],
    ],
    [
      "character references decoded, in text and attributes",
      '<a title="&quot;Q&quot; &amp; A">&lt;1&gt; &#8212; &#x2014;&nbsp;&copy;</a>',
      [el("a", { title: '"Q" & A' }, text("<1> — —\u00a0©"))],
    ],
    ["comments and the doctype left out", "<!DOCTYPE html><!-- a <b> note --><p>x</p>", [el("p", {}, text("x"))]],
    ["no markup at all", "plain", [text("plain")]],
    ["nothing", "", []],
  ])("%s", (_, html, tree) => {
    expect(parseHtml(html)).toEqual(tree);
  });

  it.each([
    ["an element closed out of turn", "<p><i>x</p></i>", "HTML for JATS: offset 7: </p> closes <i> (offset 3)"],
    ["a closing tag with nothing open", "x</p>", "HTML for JATS: offset 1: </p> closes no element"],
    ["an element left open", "<section><p>x</p>", "HTML for JATS: offset 0: <section> is never closed"],
    ["an unquoted attribute", "<p class=x>y</p>", 'HTML for JATS: offset 8: expected an attribute in <p>, found "=x"'],
    [
      "an unknown character reference",
      "<p>a &mdash; b</p>",
      "HTML for JATS: offset 3: unknown character reference &mdash;",
    ],
    ["a tag never ended", "<p>x</p><p", "HTML for JATS: offset 8: a tag is not closed"],
    ["a tag whose last > is inside a value", '<p title="a>"', "HTML for JATS: offset 0: a tag is not closed"],
    ["a comment never ended", "<p>x</p><!-- y", "HTML for JATS: offset 8: a comment is not closed"],
  ])("refuses %s, saying where", (_, html, message) => {
    expect(() => parseHtml(html)).toThrow(message);
  });
});

describe("textOf", () => {
  it("joins the text of a node and everything in it", () => {
    expect(textOf(parseHtml("<p>a <i>b <b>c</b></i> d</p>")[0]!)).toBe("a b c d");
  });
});
