import { expect, test } from "@playwright/test";

test("the preview server that `npm start` runs answers unknown paths with the 404 page", async ({ page, baseURL }) => {
  const preview = new URL(baseURL ?? "");
  preview.port = String(Number(preview.port) + 2);
  const response = await page.goto(new URL("no-such-page/", preview).href);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expect(page.getByRole("link", { name: "home page" })).toHaveAttribute("href", "/");
});
