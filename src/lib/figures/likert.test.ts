import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { table1Csv, table1Spec } from "./fixtures";
import { likertFigure } from "./likert";

/**
 * The test's own arithmetic, independent of numbers.ts: exact rationals compared as BigInt, and
 * rounding by the digits of a long division.
 */
function expectedPercent(count: number, n: number): string {
  const tenths = (BigInt(count) * 1000n) / BigInt(n); // truncated tenths
  const remainder = (BigInt(count) * 1000n) % BigInt(n);
  const rounded = 2n * remainder >= BigInt(n) ? tenths + 1n : tenths;
  return `${rounded / 10n}.${rounded % 10n}`;
}
const isErratum = (printed: string, count: number, n: number) => {
  // |printed − 100·count/n| > 0.05  ⇔  |printed·10·n − 1000·count| · 2 > n
  const p = BigInt(Math.round(Number(printed) * 10));
  const diff = p * BigInt(n) - BigInt(count) * 1000n;
  return (diff < 0n ? -diff : diff) * 2n > BigInt(n);
};

const run = (csv = table1Csv, spec = table1Spec) => likertFigure("csr-table-1", spec, parseCsv(csv), "t.csv", "t.yaml");

describe("Table 1 of the CSR article, from its counts", () => {
  const { result, problems } = run();
  const rows = parseCsv(table1Csv).rows.map((r) => r.cells);

  it("reads without problems", () => {
    expect(problems).toEqual([]);
    expect(result).toBeDefined();
  });

  it("computes every percentage and total the way the test recomputes it", () => {
    const csv = result!.table.rows.map((row) => row.flatMap((cell) => cell.csv));
    rows.forEach((cells, i) => {
      const [, agree, agreePct, strongly, stronglyPct, total, totalPct] = cells as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const sum = Number(agree) + Number(strongly);
      // category, label, agree, agree% printed, computed, strongly, strongly% printed, computed, total printed, computed, total% printed, computed
      expect(csv[i]).toEqual([
        cells[0],
        table1Spec.categories[i]!.label,
        agree,
        agreePct,
        expectedPercent(Number(agree), 187),
        strongly,
        stronglyPct,
        expectedPercent(Number(strongly), 187),
        total,
        String(sum),
        totalPct,
        expectedPercent(sum, 187),
      ]);
    });
  });

  it("finds exactly the errata the test finds, in the table and in the prose", () => {
    const expected: [string, string][] = [];
    for (const cells of rows) {
      const [, agree, agreePct, strongly, stronglyPct, , totalPct] = cells.map(String) as string[] as [
        string,
        string,
        string,
        string,
        string,
        string,
        string,
      ];
      const sum = Number(agree) + Number(strongly);
      for (const [printed, count] of [
        [agreePct, Number(agree)],
        [stronglyPct, Number(strongly)],
        [totalPct, sum],
      ] as const)
        if (isErratum(printed, count, 187)) expected.push([printed, expectedPercent(count, 187)]);
    }
    for (const p of table1Spec.prose!) {
      const cells = rows.find((r) => r[0] === p.category)!;
      const sum = Number(cells[1]) + Number(cells[3]);
      if (isErratum(p.printed, sum, 187)) expected.push([p.printed, expectedPercent(sum, 187)]);
    }
    const numeric = result!.errata.filter((e) => !e.place.endsWith("caption")).map((e) => [e.printed, e.correct]);
    expect(numeric).toEqual(expected);
    // The printed values the brief lists as wrong, and their corrections.
    expect(numeric).toEqual([
      ["62.5", "62.6"],
      ["96.7", "96.8"],
      ["90.3", "90.4"],
      ["68.9", "69.0"],
      ["83.9", "84.0"],
      ["96.7", "96.8"],
      ["90.3", "90.4"],
      ["83.9", "84.0"],
    ]);
  });

  it("marks the prose values: 5.1, 5.3 and 5.5 are corrected, 5.2 and 5.4 agree", () => {
    const prose = result!.prose;
    expect([...prose.values()].map((p) => [p.place, p.printed, p.correct])).toEqual([
      ["Section 5.1", "96.7", "96.8"],
      ["Section 5.2", "95.2", undefined],
      ["Section 5.3", "90.3", "90.4"],
      ["Section 5.4", "86.1", undefined],
      ["Section 5.5", "83.9", "84.0"],
    ]);
    for (const p of prose.values()) if (p.correct) expect(p.erratumId).toMatch(/^csr-table-1-section-5-\d-in-the-text/);
  });

  it("lists the wrong caption as an erratum with its correction", () => {
    const caption = result!.errata.find((e) => e.place === "Table 1, caption");
    expect(caption).toMatchObject({ printed: table1Spec.caption, correct: table1Spec.captionErratum!.correct });
  });

  it("shows each printed value in its cell, with the correction beside it", () => {
    const legal = result!.table.rows[0]!;
    expect(legal[4]).toMatchObject({ text: "62.5", correction: "62.6" });
    expect(legal[2]).toMatchObject({ text: "34.2" });
    expect(legal[2]!.correction).toBeUndefined();
  });

  it("charts the computed shares stacked, with the printed totals as marks", () => {
    const chart = result!.chart!;
    expect(chart.stacked).toBe(true);
    expect(chart.series.map((s) => s.style)).toEqual(["bar", "bar", "marks"]);
    expect(chart.series[1]!.values).toEqual(rows.map((r) => Number(expectedPercent(Number(r[3]), 187))));
    expect(chart.series[2]!.values).toEqual(rows.map((r) => Number(r[6])));
  });
});

describe("Table 1: bad input names the file and the field", () => {
  const line = (n: number) => table1Csv.split("\n")[n]!;
  const replaceLine = (n: number, text: string) =>
    table1Csv
      .split("\n")
      .map((l, i) => (i === n ? text : l))
      .join("\n");
  it.each([
    [
      "a count above n",
      replaceLine(1, "legal,190,34.2,117,62.5,181,96.7"),
      "t.csv",
      'line 2, column "agree"',
      "at most n = 187",
    ],
    [
      "counts adding up to more than n",
      replaceLine(1, "legal,100,34.2,117,62.5,181,96.7"),
      "t.csv",
      "line 2",
      "100 + 117 = 217",
    ],
    ["a missing category", table1Csv.replace(`${line(5)}\n`, ""), "t.csv", "rows", '"philanthropic"'],
    [
      "a bad number",
      replaceLine(2, "economic,106,56.7,7x,38.5,178,95.2"),
      "t.csv",
      'line 3, column "strongly_agree"',
      '"7x"',
    ],
    [
      "a bad printed percentage",
      replaceLine(2, "economic,106,56,7,72,38.5,178,95.2"),
      "t.csv",
      "line 3",
      "expected 7 cells",
    ],
    [
      "an unknown category",
      replaceLine(3, "partners,93,49.7,76,40.6,169,90.3"),
      "t.csv",
      'line 4, column "category"',
      '"partners"',
    ],
    ["a repeated category", replaceLine(3, line(2)), "t.csv", 'line 4, column "category"', "repeated"],
    ["a wrong header", table1Csv.replace("total_percent", "total_pct"), "t.csv", "line 1 (header)", "total_percent"],
  ])("%s", (_, csv, file, field, expected) => {
    let problems;
    try {
      problems = run(csv).problems;
    } catch (error) {
      // A CSV syntax error is thrown by the parser; the model turns it into a problem.
      problems = [
        { file: "t.csv", field: `line ${(error as { line: number }).line}`, expected: (error as Error).message },
      ];
    }
    expect(problems).toContainEqual({ file, field, expected: expect.stringContaining(expected) });
  });

  it("a prose value that is not a number, or names an unknown category", () => {
    const spec = {
      ...table1Spec,
      prose: [{ place: "Section 5.1", category: "legall", answer: "total", printed: "96,7" }],
    };
    const { problems } = run(table1Csv, spec);
    expect(problems.map((p) => [p.file, p.field])).toEqual([
      ["t.yaml", "prose.0.category"],
      ["t.yaml", "prose.0.printed"],
    ]);
  });
});
