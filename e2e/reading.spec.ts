import { expect, test } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import { texts } from "./expected";

const withNotes = texts.find((t) => t.footnotes > 0 && t.references === 0) ?? texts[0]!;
const withReferences = texts.find((t) => t.references > 0) ?? texts[0]!;

const axeViolations = async (page: import("@playwright/test").Page) =>
  (await new AxeBuilder({ page }).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
  );

test.describe("previews of notes and references, without script", () => {
  test("a footnote marker opens its note in place by click, and Escape closes it", async ({ page }) => {
    await page.goto(withNotes.path);
    const marker = page.getByRole("button", { name: "Note 2", exact: true });
    const note = page.getByRole("note", { name: "Note 2" });
    await expect(note).toBeHidden();
    await marker.click();
    await expect(note).toBeVisible();
    const listed = (await page.locator("#user-content-fn-2").innerText()).replace(/↩/, "").trim();
    await expect(note).toContainText(listed.slice(0, 60));
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press("Escape");
    await expect(note).toBeHidden();
    await expect(page.locator("script")).toHaveCount(
      await page.locator('script[type="application/ld+json"], script[type="module"]').count(),
    );
  });

  test("a marker is reached and opened by keyboard; the preview's Close button is next in order", async ({ page }) => {
    await page.goto(withNotes.path);
    const marker = page.getByRole("button", { name: "Note 3", exact: true });
    await marker.focus();
    await expect(marker).toBeFocused();
    await page.keyboard.press("Enter");
    const note = page.getByRole("note", { name: "Note 3" });
    await expect(note).toBeVisible();
    // Screen readers are told the marker's preview is open: Chromium's accessibility tree, which
    // assistive technology reads, reports the button expanded.
    const cdp = await page.context().newCDPSession(page);
    const { root } = (await cdp.send("DOM.getDocument")) as { root: { nodeId: number } };
    const { nodeId } = (await cdp.send("DOM.querySelector", {
      nodeId: root.nodeId,
      selector: 'button[popovertarget="preview-user-content-fnref-3"]',
    })) as { nodeId: number };
    const { nodes } = (await cdp.send("Accessibility.getPartialAXTree", { nodeId, fetchRelatives: false })) as {
      nodes: { role?: { value: string }; properties?: { name: string; value: { value: unknown } }[] }[];
    };
    const button = nodes.find((n) => n.role?.value === "button");
    expect(button?.properties?.find((p) => p.name === "expanded")?.value.value).toBe(true);
    await page.keyboard.press("Tab");
    await expect(note.getByRole("button", { name: "Close" })).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(note).toBeHidden();
  });

  test("an in-text citation opens its printed reference, and links to it where popovers are not used", async ({
    page,
  }) => {
    await page.goto(withReferences.path);
    const cite = page.getByRole("button", { name: "Reference: OECD, 2014" });
    await cite.click();
    const preview = page.getByRole("note", { name: "Reference: OECD, 2014" });
    await expect(preview).toBeVisible();
    const entry = page
      .getByRole("region", { name: "References" })
      .getByRole("listitem")
      .filter({ hasText: "OECD. 2014." });
    await expect(preview).toContainText(await entry.innerText());
    expect(await axeViolations(page)).toEqual([]);
    const fallback = page.locator('a.preview-fallback[href^="#ref-"]').first();
    const target = (await fallback.getAttribute("href")) ?? "";
    await expect(page.locator(`[id="${target.slice(1)}"]`)).toHaveCount(1);
    // Every citation is linked, the misprinted "(ASCH, 2017)" to the entry its erratum names (ACSH).
    const linked = await page.locator("button.preview-toggle[aria-label^='Reference: ']").allInnerTexts();
    expect(linked).toEqual([
      "ASCH, 2017",
      "Knox and Janenova, 2019a",
      "UNDESA, 2020",
      "OECD, 2017a",
      "OECD, 2014",
      "OECD, 2018",
      "Transparency International, 2019",
    ]);
  });

  test("on paper the markers are plain numbers and citations plain text, with no preview or button", async ({
    page,
  }) => {
    await page.goto(withReferences.path);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("button.preview-toggle").first()).toBeHidden();
    await expect(page.locator("sup.preview-anchor a").first()).toBeVisible();
    await expect(page.locator("a.preview-fallback", { hasText: "OECD, 2014" })).toBeVisible();
  });
});

test.describe("reading aids", () => {
  test("a long text has its contents beside it on a wide screen, kept in view while reading", async ({ page }) => {
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto(withNotes.path);
    const toc = page.getByRole("navigation", { name: "Contents" });
    const link = toc.getByRole("link", { name: withNotes.headings.at(-2) ?? "" });
    await expect(link).toBeVisible();
    await page.locator("#summaries").scrollIntoViewIfNeeded();
    await expect(link).toBeInViewport();
    const [tocBox, textBox] = [await toc.boundingBox(), await page.locator(".abstract").boundingBox()];
    expect(tocBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
  });

  test("on a phone the contents are a closed block that opens, and every entry leads to its heading", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(withNotes.path);
    const toc = page.getByRole("navigation", { name: "Contents" });
    const first = toc.getByRole("link").first();
    await expect(first).toBeHidden();
    await toc.getByText("Contents").click();
    await expect(first).toBeVisible();
    const targets = await toc.getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
    for (const heading of withNotes.headings)
      expect(targets, heading).toContain(
        `#${await page.getByRole("heading", { name: heading, exact: true }).getAttribute("id")}`,
      );
    for (const target of targets) await expect(page.locator(`[id="${target.slice(1)}"]`), target).toHaveCount(1);
    await toc.getByRole("link", { name: withNotes.headings[1] ?? "" }).click();
    await expect(page.getByRole("heading", { name: withNotes.headings[1] ?? "", exact: true })).toBeInViewport();
    expect(await axeViolations(page)).toEqual([]);
  });

  test("printed tables and figures are numbered with their printed labels and linkable", async ({ page }) => {
    // The printed labels of the texts (seed 000 line 731; seed 004 lines 19–97).
    for (const [path, anchor, label] of [
      ["issues/11-1/baisakalova-amagoh/", "table-1", "Table 1"],
      ["companions/baimenov-concentric-spheres/", "table-1", "Table 1"],
      ["companions/baimenov-concentric-spheres/", "figure-2", "Figure 2"],
      ["companions/baimenov-concentric-spheres/", "figure-6", "Figure 6"],
    ] as const) {
      await page.goto(`${path}#${anchor}`);
      const target = page.locator(`[id="${anchor}"]`);
      await expect(target).toHaveCount(1);
      await expect(target).toBeInViewport();
      await expect(target.getByRole("link", { name: label, exact: true })).toHaveAttribute("href", `#${anchor}`);
    }
  });

  test("the references close the text, and 'Cite this' comes after them", async ({ page }) => {
    await page.goto(withReferences.path);
    const headings = await page.locator("article h2").allInnerTexts();
    expect(headings.slice(-2)).toEqual(["References", "Cite this text"]);
  });
});
