import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, test } from "@playwright/test";
import { builtPages } from "./site";

const texts = builtPages().filter((p) => /^(issues\/[^/]+|companions)\/[^/]+\/$/.test(p));

for (const path of texts) {
  test(`/${path} prints as a paper: no navigation, search or buttons; link addresses shown`, async ({ page }) => {
    await page.goto(path);
    await page.emulateMedia({ media: "print" });
    for (const selector of [
      ".site-header",
      ".site-footer",
      "nav",
      ".skip-link",
      "button",
      "input",
      "[role=search]",
      ".reference-files",
    ])
      for (const el of await page.locator(selector).all()) await expect(el, selector).toBeHidden();
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: /^Cite this/ })).toBeVisible();
    for (const link of await page.locator('main a[href^="http"]').all()) {
      const [href, after, text, bare] = await link.evaluate((a) => [
        a.getAttribute("href"),
        getComputedStyle(a, "::after").content,
        a.textContent?.trim() ?? "",
        a.classList.contains("bare-url"),
      ]);
      // A link whose text is its address shows it once; every other link shows it after its text.
      if (bare) {
        expect(text.replaceAll(" ", "%20")).toBe(href);
        expect(after).toBe("none");
      } else expect(after).toBe(`" <${href}>"`);
    }
  });
}

test("the printed paper (a real PDF) has the text and link addresses, and none of the controls", async ({ page }) => {
  const path = texts.find((p) => p.startsWith("companions/")) ?? texts[0] ?? "";
  await page.goto(path);
  const title = (await page.getByRole("heading", { level: 1 }).innerText()).trim();
  const external = (await page.locator('main a[href^="http"]').first().getAttribute("href")) ?? "";
  const dir = mkdtempSync(join(tmpdir(), "cabj-print-"));
  const file = join(dir, "paper.pdf");
  writeFileSync(file, await page.pdf({ format: "A4" }));
  const text = execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).replace(/\s+/g, " ");
  rmSync(dir, { recursive: true, force: true });
  expect(text).toContain(title.replace(/\s+/g, " "));
  expect(text).toContain("Cite this");
  if (external) expect(text.replace(/ /g, "")).toContain(external.replace(/ /g, ""));
  for (const control of ["Skip to content", "Copy APA", "Reference files", "BibTeX"])
    expect(text).not.toContain(control);
});
