import { readFileSync, readdirSync } from "node:fs";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { builtPages, pageHtml } from "./site";

/**
 * Figures as a reader meets them: each table shows its data file, each chart draws once scrolled
 * to and not before, each CSV downloads as the table, and the errata page lists what the data
 * implies. Expected values are read from content/data/ and recomputed here, not taken from the
 * site's own modules.
 */

const dataDir = new URL("../content/data/", import.meta.url);
const read = (name: string) => readFileSync(new URL(name, dataDir), "utf8");

/** A small RFC 4180 reader, separate from the site's, so that the two check each other. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(cell);
      if (row.some((c) => c !== "")) rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** Page text as compared with data: thousands separators and typographic minus signs undone. */
const normalise = (text: string) =>
  text
    .replace(/(\d),(?=\d{3}\b)/g, "$1")
    .replace(/−/g, "-")
    .replace(/\s+/g, " ");
/** Ids such as "legal" name a row in the data but are not shown; every other value must be. */
const shown = (value: string) => value !== "" && !/^[a-z_]+$/.test(value);

/** Every data file (by id), with the built page that places it. */
const figureIds = readdirSync(dataDir)
  .filter((n) => n.endsWith(".yaml"))
  .map((n) => n.replace(/\.yaml$/, ""));
const pageOf = new Map<string, string>();
for (const path of builtPages())
  for (const id of figureIds) if (pageHtml(path).includes(`data-figure="${id}"`)) pageOf.set(id, path);

const kindOf = (id: string) => /^kind: (\w+)/m.exec(read(`${id}.yaml`))?.[1];

async function bodyRows(figure: Locator) {
  return figure
    .locator("table")
    .first()
    .locator("tbody tr, tfoot tr")
    .evaluateAll((rows) => rows.map((r) => (r as HTMLElement).innerText));
}

test("every data file is placed on exactly one page", () => {
  expect([...pageOf.keys()].sort()).toEqual([...figureIds].sort());
});

for (const id of figureIds) {
  test.describe(`figure ${id}`, () => {
    test("its table shows every row and value of its data file, and its CSV downloads as the table", async ({
      page,
      request,
    }) => {
      await page.goto(pageOf.get(id)!);
      const figure = page.locator(`[data-figure="${id}"]`);
      // A chart's data waits behind "Show the data": the reader opens it.
      // While charts above it are still drawing, the page can move under the click: the reader
      // tries again until the data is open.
      const disclosure = figure.locator("details.figure-data");
      if ((await disclosure.count()) > 0)
        await expect(async () => {
          if (!(await disclosure.evaluate((d) => (d as HTMLDetailsElement).open)))
            await disclosure.locator("> summary").click();
          await expect(figure.getByRole("table")).toBeVisible({ timeout: 1000 });
        }).toPass({ timeout: 15_000 });
      await expect(figure.getByRole("table")).toBeVisible();
      const html = (await bodyRows(figure)).map(normalise);
      let asShown = (value: string, _column: string) => value;
      if (kindOf(id) !== "accession") {
        const [, ...data] = csvRows(read(`${id}.csv`));
        // A survey table adds a foot row (the total); every data row is in the body, in order.
        expect(html.length - data.length).toBe(kindOf(id) === "survey" ? 1 : 0);
        // A column with `decimals` is shown at its publisher's precision: 12.365591 as 12.37.
        const dataHeader = csvRows(read(`${id}.csv`))[0]!;
        const decimals = new Map(
          [...read(`${id}.yaml`).matchAll(/\{ key: (\w+),[^}]*\bdecimals: (\d)/g)].map((m) => [m[1]!, Number(m[2])]),
        );
        asShown = (value: string, column: string) => {
          const places = decimals.get(column);
          return places === undefined || !/^-?\d+\.\d+$/.test(value) || value.split(".")[1]!.length <= places
            ? value
            : Number(value).toFixed(places);
        };
        data.forEach((cells, i) => {
          cells.forEach((value, column) => {
            if (shown(value))
              expect(html[i], `${id}, data row ${i + 1}`).toContain(
                normalise(asShown(value, dataHeader[column] ?? "")),
              );
          });
        });
      }
      const link = figure.getByRole("link", { name: "Download the table as CSV" });
      const response = await request.get(new URL((await link.getAttribute("href"))!, page.url()).href);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("text/csv");
      const [header, ...downloaded] = csvRows(await response.text());
      expect(header!.length).toBeGreaterThan(1);
      expect(downloaded.length).toBe(html.length);
      if (kindOf(id) === "accession")
        expect(await figure.locator("tbody td math").count()).toBeGreaterThanOrEqual(downloaded.length - 1);
      downloaded.forEach((cells, i) => {
        expect(cells.length).toBe(header!.length);
        cells.forEach((value, column) => {
          // The explorer typesets its symbols and formulas as MathML; the CSV writes them in plain text.
          if (kindOf(id) === "accession" && header![column] !== "value") return;
          if (shown(value))
            expect(html[i], `${id}, CSV row ${i + 1}`).toContain(normalise(asShown(value, header![column] ?? "")));
        });
      });
    });
  });
}

/** Counts the pixels a canvas has drawn. */
const drawnPixels = (canvas: Locator) =>
  canvas.evaluate((c: HTMLCanvasElement) => {
    const data = c.getContext("2d")!.getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) n++;
    return n;
  });

const chartPages = [
  ...new Set([...pageOf].filter(([, path]) => pageHtml(path).includes("data-chart=")).map(([, path]) => path)),
];

for (const path of chartPages) {
  test(`/${path}: every chart draws once scrolled to`, async ({ page }) => {
    await page.goto(path);
    const charts = page.locator("[data-chart]");
    const count = await charts.count();
    expect(count).toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const chart = charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect(chart).toHaveAttribute("data-drawn", "true");
      const canvas = chart.locator("canvas");
      await expect(canvas).toHaveAttribute("role", "img");
      await expect(canvas).toHaveAttribute("aria-label", /\S/);
      await expect.poll(() => drawnPixels(canvas)).toBeGreaterThan(1000);
    }
  });
}

/** JavaScript bytes a page receives: `total()` waits for every script response seen so far. */
function countScripts(page: Page, except?: RegExp) {
  const sizes: Promise<number>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() === "script" && !except?.test(response.url()))
      sizes.push(response.body().then((b) => b.length));
  });
  return { total: async () => (await Promise.all(sizes)).reduce((a, b) => a + b, 0) };
}

test("no chart code is fetched before a chart nears the viewport", async ({ page }) => {
  await page.setViewportSize({ width: 1000, height: 700 });
  const scripts = countScripts(page);
  await page.goto("issues/11-1/madumarov-pech/");
  await page.waitForLoadState("networkidle");
  const chart = page.locator('[data-figure="madumarov-russian-money"] [data-chart]');
  await expect(chart).not.toHaveAttribute("data-drawn", "true");
  // Only the loaders: a few kilobytes at most, against Chart.js's tens.
  expect(await scripts.total()).toBeLessThan(5_000);
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute("data-drawn", "true");
  expect(await scripts.total()).toBeGreaterThan(50_000);
});

test("pages without a figure load no script but the search box's loader", async ({ page }) => {
  // The header search box's loader (and the import helper it shares) is on every page: search.spec.ts.
  const scripts = countScripts(page, /\/SearchBox\.[^/]*\.js$|\/preload-helper\.[^/]*\.js$/);
  await page.goto("issues/11-1/");
  await page.waitForLoadState("networkidle");
  expect(await scripts.total()).toBe(0);
});

test("a reader who prefers reduced motion still gets the chart, drawn at once", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce", colorScheme: "dark" });
  await page.goto("issues/11-1/baisakalova-amagoh/");
  const chart = page.locator('[data-figure="csr-table-1"] [data-chart]');
  await chart.scrollIntoViewIfNeeded();
  await expect(chart).toHaveAttribute("data-drawn", "true");
  expect(await drawnPixels(chart.locator("canvas"))).toBeGreaterThan(1000);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("every figure's data is readable as a table", async ({ page }) => {
    await page.goto("companions/baimenov-concentric-spheres/");
    await expect(page.locator("figure table")).toHaveCount(9);
    await expect(
      page.getByRole("table", { name: "Kazakhstan’s rank in the Corruption Perceptions Index, 2000–2019" }),
    ).toContainText("113");
  });

  test("the explorer shows its starting values worked through", async ({ page }) => {
    await page.goto("issues/11-1/madumarov-pech/");
    const explorer = page.locator('[data-figure="accession-model"]');
    await expect(explorer.getByRole("form")).toBeHidden();
    await expect(explorer.getByRole("row", { name: /Investment that makes accession attractive/ })).toContainText(
      "I > 7",
    );
    await expect(explorer).toContainText("Case 2a and Result 2");
  });
});

test("the explorer reworks the model as the reader changes a value", async ({ page }) => {
  await page.goto("issues/11-1/madumarov-pech/");
  const explorer = page.locator('[data-figure="accession-model"]');
  await explorer.scrollIntoViewIfNeeded();
  const xb = explorer.getByRole("spinbutton", { name: /b’s payoff in the union/ });
  await expect(xb).toBeVisible();
  await xb.fill("22");
  await expect(explorer.getByRole("row", { name: /Case by b’s payoff/ })).toContainText("x_b − v(b) = 2: Case 2b");
  await expect(explorer).toContainText("Case 2b and Result 2");
  await explorer.getByRole("radio", { name: /whether or not it accedes/ }).check();
  await expect(explorer).toContainText("Case 1a:");
  await xb.fill("");
  await expect(explorer.getByRole("status")).toContainText("Enter a number in every field");
  await explorer.getByRole("button", { name: "Back to the starting values" }).click();
  await expect(explorer.getByRole("row", { name: /Case by b’s payoff/ })).toContainText("Case 2a");
  await expect(explorer).toContainText("Case 1b and Result 1");
});

/** Table 1 of the CSR article recomputed here: counts, n, and the prose's printed percentages. */
function expectedCsrErrata() {
  const yaml = read("csr-table-1.yaml");
  const n = Number(/^n: (\d+)$/m.exec(yaml)![1]);
  const [header, ...rows] = csvRows(read("csr-table-1.csv"));
  const col = (name: string) => header!.indexOf(name);
  // |printed − 100·count/n| > half a unit in the last printed digit; then round half up.
  const check = (printed: string, count: number) => {
    const decimals = printed.split(".")[1]?.length ?? 0;
    const exact = (100 * count) / n;
    if (Math.abs(Number(printed) - exact) <= 0.5 * 10 ** -decimals + 1e-12) return undefined;
    return (Math.round(exact * 10 ** decimals + 1e-9) / 10 ** decimals).toFixed(decimals);
  };
  const totals = new Map<string, number>();
  const errata: [string, string][] = [];
  for (const row of rows) {
    const agree = Number(row[col("agree")]);
    const strongly = Number(row[col("strongly_agree")]);
    totals.set(row[0]!, agree + strongly);
    if (Number(row[col("total")]) !== agree + strongly) errata.push([row[col("total")]!, String(agree + strongly)]);
    for (const [printed, count] of [
      [row[col("agree_percent")]!, agree],
      [row[col("strongly_agree_percent")]!, strongly],
      [row[col("total_percent")]!, agree + strongly],
    ] as const) {
      const correct = check(printed, count);
      if (correct) errata.push([printed, correct]);
    }
  }
  for (const m of yaml.matchAll(/\{ place: "([^"]+)", category: (\w+), answer: total, printed: "([\d.]+)" \}/g)) {
    const correct = check(m[3]!, totals.get(m[2]!)!);
    if (correct) errata.push([m[3]!, correct]);
  }
  const caption = /^caption: "(.*)"$/m.exec(yaml)![1]!;
  const corrected = /^ {2}correct: "(.*)"$/m.exec(yaml)![1]!;
  return { numbers: errata, caption, corrected };
}

test("the errata page lists every difference the data implies, and nothing else", async ({ page }) => {
  const expected = expectedCsrErrata();
  // The brief's own list: five table cells and three repetitions in the prose.
  expect(expected.numbers.map(([p]) => p).sort()).toEqual([
    "62.5",
    "68.9",
    "83.9",
    "83.9",
    "90.3",
    "90.3",
    "96.7",
    "96.7",
  ]);
  await page.goto("errata/");
  const rows = page.getByRole("region", { name: /Errata in Multi-method Research Design/ }).locator("tbody tr");
  const found = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll("td")].slice(0, 2).map((td) => td.textContent!.trim())),
  );
  expect(found).toEqual(expect.arrayContaining([[expected.caption, expected.corrected], ...expected.numbers]));
  expect(found).toHaveLength(expected.numbers.length + 1);
  // Every erratum the data reveals is in the CSR article: no other text's data contradicts its print.
  await expect(page.getByRole("region", { name: /^Errata in / }).locator("tbody tr")).toHaveCount(
    expected.numbers.length + 1,
  );
});

test("the site links the errata page from its navigation and from the article with errata", async ({ page }) => {
  await page.goto("");
  await page.getByRole("navigation", { name: "Site" }).getByRole("link", { name: "Errata" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Errata");
  await page.goto("issues/11-1/baisakalova-amagoh/");
  await page.getByRole("link", { name: "errata page" }).click();
  await expect(page).toHaveURL(/\/errata\/#csr-table-1-table-1-caption$/);
});

test("the CSR article shows its printed percentages with the counts' corrections", async ({ page }) => {
  await page.goto("issues/11-1/baisakalova-amagoh/");
  const main = page.locator("main");
  await expect(main).toContainText("Respondents (96.7 [erratum: the counts give 96.8] percent of the sample)");
  await expect(main).toContainText("90.3 [erratum: the counts give 90.4] percent of respondents");
  await expect(main).toContainText("According to 83.9 [erratum: the counts give 84.0] percent");
  await expect(main).toContainText("show that 95.2 percent of respondents");
  await expect(main).toContainText("Respondents (86.1 percent)");
  const table = page.locator('[data-figure="csr-table-1"]');
  await expect(table.locator("figcaption")).toContainText(
    "Table 1: Responses on factors affecting citizens’ adoption of e-government.",
  );
  await expect(table.locator("figcaption")).toContainText(
    "it should read “Responses on factors that would promote CSR in Kazakhstan.”",
  );
  await expect(table.getByRole("row", { name: /Legal instruments/ })).toContainText(
    "62.5 as printed; the data gives → 62.6",
  );
  await expect(page.locator('[data-figure="csr-respondents"]')).toContainText("Response rate78.9 %");
});
