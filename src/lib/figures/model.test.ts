import { describe, expect, it } from "vitest";
import type { FigureSpec } from "../../schemas/figure";
import { ContentError } from "../content-error";
import { incomeCsv, incomeSpec, respondentsCsv, respondentsSpec, table1Csv, table1Spec } from "./fixtures";
import { buildFigures, placedFigures, type TextRef } from "./model";

const texts: TextRef[] = [
  {
    slug: "baisakalova-amagoh",
    file: "content/a.mdx",
    body: 'Text <Figure id="csr-respondents" /> then <Figure id="csr-table-1" />',
  },
  { slug: "bang", file: "content/b.mdx", body: '<Figure id="bang-income" />' },
];
const figure = (id: string, data: FigureSpec) => ({ id, data, filePath: `content/data/${id}.yaml` });
const csv = (id: string, text: string) => ({ id, data: { text }, filePath: `content/data/${id}.csv` });
const good = {
  figures: [
    figure("csr-table-1", table1Spec),
    figure("csr-respondents", respondentsSpec),
    figure("bang-income", incomeSpec),
  ],
  csvs: [csv("csr-table-1", table1Csv), csv("csr-respondents", respondentsCsv), csv("bang-income", incomeCsv)],
};

/** The problems buildFigures reports, or [] when it builds. */
function problemsOf(raw: typeof good, refs = texts) {
  try {
    buildFigures(raw, refs);
    return [];
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems;
  }
}
const withCsv = (id: string, text: string) => ({
  ...good,
  csvs: good.csvs.map((c) => (c.id === id ? csv(id, text) : c)),
});

describe("buildFigures", () => {
  it("builds every figure, in the order the texts place them, and gathers their errata", () => {
    const model = buildFigures(good, texts);
    expect(model.figures.map((f) => f.id)).toEqual(["csr-respondents", "csr-table-1", "bang-income"]);
    expect(model.errata.map((e) => e.figure)).toEqual(Array(9).fill("csr-table-1"));
    expect(model.byId.get("bang-income")?.computed[0]?.value).toBe("13.0 % a year");
  });

  it("finds the figures a body places", () => {
    expect(placedFigures(`<Figure id="a" />\n<Figure id='b'/> <Figure  id="c" />`)).toEqual(["a", "b", "c"]);
  });

  // Bad input: every case fails the build with the file and the field.
  it.each([
    [
      "counts that exceed N",
      withCsv("csr-table-1", table1Csv.replace("legal,64,", "legal,188,")),
      "content/data/csr-table-1.csv",
      'line 2, column "agree"',
    ],
    [
      "a missing category",
      withCsv("csr-table-1", table1Csv.replace(/philanthropic,.*\n/, "")),
      "content/data/csr-table-1.csv",
      "rows",
    ],
    [
      "a CSV with a bad number",
      withCsv("bang-income", incomeCsv.replace("24738", "24.738,0")),
      "content/data/bang-income.csv",
      "line 3",
    ],
    [
      "a CSV with a bad number in a cell",
      withCsv("bang-income", incomeCsv.replace("24738", "24 738")),
      "content/data/bang-income.csv",
      'line 3, column "income"',
    ],
    [
      "a CSV that cannot be read",
      withCsv("bang-income", 'year,qualifier,income\n"1990,about,800\n'),
      "content/data/bang-income.csv",
      "line 2",
    ],
    [
      "a description without its CSV",
      { ...good, csvs: good.csvs.filter((c) => c.id !== "bang-income") },
      "content/data/bang-income.yaml",
      "(file)",
    ],
    [
      "a CSV without its description",
      { ...good, csvs: [...good.csvs, csv("stray", "a,b\n1,2\n")] },
      "content/data/stray.csv",
      "(file)",
    ],
    [
      "a figure of an unknown text",
      {
        ...good,
        figures: good.figures.map((f) =>
          f.id === "bang-income" ? figure("bang-income", { ...incomeSpec, text: "bangg" }) : f,
        ),
      },
      "content/data/bang-income.yaml",
      "text",
    ],
  ])("%s", (_, raw, file, field) => {
    expect(problemsOf(raw).map((p) => [p.file, p.field])).toContainEqual([file, field]);
  });

  it("a figure its text does not place, and a placed figure with no data file", () => {
    const refs = [texts[0]!, { ...texts[1]!, body: '<Figure id="bang-incom" />' }];
    expect(problemsOf(good, refs).map((p) => [p.file, p.field])).toEqual([
      ["content/data/bang-income.yaml", "text"],
      ["content/b.mdx", "body"],
    ]);
  });

  it("keeps a printed figure whose data no source gives, with no table and no CSV", () => {
    const { text, title, place, provenance } = incomeSpec;
    const unreproduced: FigureSpec = { kind: "unreproduced", text, title, place, provenance, label: "Figure 6" };
    const raw = {
      ...good,
      figures: [...good.figures.filter((f) => f.id !== "bang-income"), figure("bang-income", unreproduced)],
      csvs: good.csvs.filter((c) => c.id !== "bang-income"),
    };
    const model = buildFigures(raw, texts);
    expect(model.byId.get("bang-income")).toMatchObject({ table: { columns: [], rows: [] }, computed: [], errata: [] });
    expect(problemsOf({ ...raw, csvs: good.csvs }).map((p) => [p.file, p.field])).toEqual([
      ["content/data/bang-income.yaml", "kind"],
    ]);
  });

  it("reports every problem at once", () => {
    const raw = withCsv("csr-table-1", table1Csv.replace("legal,64,", "legal,188,").replace(/philanthropic,.*\n/, ""));
    expect(problemsOf(raw).length).toBeGreaterThanOrEqual(2);
  });
});
