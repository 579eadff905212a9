import { describe, expect, it } from "vitest";
import { bodySections } from "./sections";

describe("bodySections", () => {
  const html = `<p>Before any heading.</p>
<h2 id="1-introduction">1. Introduction</h2>
<p>Corruption<sup id="ref-1"><a href="#fn-1">1</a></sup><span popover="auto" id="fn-1-preview"><button type="button">Close</button>A copy of the note.</span> is the theme.</p>
<figure><canvas></canvas><figcaption id="f1-caption">Figure 1. Corruption perceptions</figcaption></figure>
<h3 id="11-data">1.1 Data</h3>
<table><caption>Table 1. Scores</caption><tr><td>Kazakhstan</td><td>34</td></tr></table>
<p>A formula <math><mi>x</mi><annotation encoding="application/x-tex">\\alpha</annotation></math> and <span aria-hidden="true">→</span> words.</p>
<section data-footnotes=""><h2 id="footnote-label">Notes</h2><ol><li id="fn-1">The note itself. <a href="#ref-1" data-footnote-backref="" aria-label="Back to reference 1">↩</a></li></ol></section>`;
  const sections = bodySections(html, "bang.mdx");

  it("cuts the body at each section and subsection heading, keeping the text before the first", () => {
    expect(sections.map((s) => [s.id, s.heading])).toEqual([
      ["", ""],
      ["1-introduction", "1. Introduction"],
      ["11-data", "1.1 Data"],
      ["footnote-label", "Notes"],
    ]);
    expect(sections.every((s) => s.field === "body" && s.lang === "en")).toBe(true);
  });
  it("keeps captions, tables and notes, and leaves out previews, buttons, TeX and hidden signs", () => {
    expect(sections[1]?.text).toBe("Corruption 1 is the theme. Figure 1. Corruption perceptions");
    expect(sections[2]?.text).toBe("Table 1. Scores Kazakhstan 34 A formula x and words.");
    expect(sections[3]?.text).toBe("The note itself.");
  });
  it("refuses a section heading without an id, naming the file", () => {
    expect(() => bodySections("<h2>Lost</h2>", "bang.mdx")).toThrow(
      'bang.mdx: the heading "Lost" has no id for search to link to',
    );
  });
});
