import { describe, expect, it } from "vitest";
import type { TableSpec } from "../../schemas/figure";
import { parseCsv } from "./csv";
import { incomeCsv, incomeSpec } from "./fixtures";
import { tableFigure } from "./table";

const run = (csv: string, spec: TableSpec) => tableFigure(spec, parseCsv(csv), "d.csv", "d.yaml");

describe("a generic table", () => {
  it("keeps the text's qualifiers with the numbers and formats them as printed", () => {
    const { result, problems } = run(incomeCsv, incomeSpec);
    expect(problems).toEqual([]);
    expect(result!.table.columns.map((c) => c.label)).toEqual(["Year", "Income per capita (US$)"]);
    expect(result!.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["1990", "about 800"],
      ["2018", "24,738"],
    ]);
    // The CSV keeps the qualifier in its own column.
    expect(result!.table.rows.map((r) => r.flatMap((c) => c.csv))).toEqual([
      ["1990", "about", "800"],
      ["2018", "", "24738"],
    ]);
  });

  it("computes the compound annual growth from 1990 to 2018", () => {
    const { result } = run(incomeCsv, incomeSpec);
    const rate = Math.exp(Math.log(24738 / 800) / 28) - 1; // 0.13042…
    expect(result!.computed[0]).toMatchObject({ value: `${(rate * 100).toFixed(1)} % a year` });
    expect(result!.computed[0]!.value).toBe("13.0 % a year");
    expect(result!.computed[0]!.method).toContain("(24,738 ÷ 800)^(1/28) − 1");
  });

  it("charts the numeric columns marked for the chart, with tooltips as the table shows them", () => {
    const chart = run(incomeCsv, incomeSpec).result!.chart!;
    expect(chart.labels).toEqual(["1990", "2018"]);
    expect(chart.series).toMatchObject([
      {
        label: "Income per capita (US$)",
        values: [800, 24738],
        tooltips: ["Income per capita (US$): about 800", "Income per capita (US$): 24,738"],
      },
    ]);
  });

  const shares: TableSpec = {
    ...incomeSpec,
    columns: [
      { key: "survey", label: "Survey", type: "key" },
      { key: "q", label: "Q", type: "text" },
      { key: "favour", label: "In favour (%)", type: "share", qualifier: "q", chart: true },
      { key: "against", label: "Against (%)", type: "share", optional: true, chart: true },
    ],
    computed: [],
  };

  it("reads a share as a percentage or as the fraction the text names; an empty optional cell is not given", () => {
    const { result, problems } = run("survey,q,favour,against\nA,,2/3,\nB,about,30,70\n", shares);
    expect(problems).toEqual([]);
    expect(result!.table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["A", "2/3 (66.7)", "not given"],
      ["B", "about 30", "70"],
    ]);
    expect(result!.chart!.series[0]!.values[0]).toBeCloseTo(200 / 3, 10);
    expect(result!.chart!.series[1]!.values).toEqual([null, 70]);
  });

  it("computes a difference and a ratio, with the text's words beside the ratio", () => {
    const spec: TableSpec = {
      ...incomeSpec,
      columns: [
        { key: "row", label: "Row", type: "key" },
        { key: "v", label: "V", type: "number" },
      ],
      computed: [
        { kind: "difference", label: "Rest", column: "v", from: "total", minus: "part" },
        {
          kind: "ratio",
          label: "Times",
          column: "v",
          numerator: "total",
          denominator: "part",
          printed: "about three times",
        },
      ],
    };
    const { result } = run("row,v\ntotal,500\npart,188.9\n", spec);
    expect(result!.computed.map((c) => c.value)).toEqual(["311.1", "2.65"]);
    expect(result!.computed[1]!.method).toContain("“about three times”");
  });

  it.each([
    [
      "a bad number",
      "year,qualifier,income\n1990,about,8OO\n2018,,24738\n",
      "d.csv",
      'line 2, column "income"',
      '"8OO"',
    ],
    [
      "a missing value",
      "year,qualifier,income\n1990,about,\n2018,,24738\n",
      "d.csv",
      'line 2, column "income"',
      "empty cell",
    ],
    [
      "a repeated key",
      "year,qualifier,income\n1990,about,800\n1990,,24738\n",
      "d.csv",
      'line 3, column "year"',
      "repeated",
    ],
    ["a wrong header", "year,income\n1990,800\n", "d.csv", "line 1 (header)", "year,qualifier,income"],
    [
      "a computed value naming a missing row",
      "year,qualifier,income\n1990,about,800\n2019,,24738\n",
      "d.yaml",
      "computed.0.to",
      '"2018"',
    ],
  ])("%s names the file and the field", (_, csv, file, field, expected) => {
    expect(run(csv, incomeSpec).problems).toContainEqual({ file, field, expected: expect.stringContaining(expected) });
  });

  it("a decimal in a whole-number column", () => {
    const spec: TableSpec = {
      ...incomeSpec,
      columns: [
        { key: "year", label: "Year", type: "key" },
        { key: "rank", label: "Rank", type: "integer" },
      ],
      computed: [],
    };
    expect(run("year,rank\n2015,51.5\n", spec).problems).toContainEqual({
      file: "d.csv",
      field: 'line 2, column "rank"',
      expected: expect.stringContaining("whole number"),
    });
  });
});
