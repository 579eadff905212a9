import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { tableCsv } from "./download";
import { table1Csv, table1Spec } from "./fixtures";
import { likertFigure } from "./likert";

describe("tableCsv", () => {
  const table = likertFigure("csr-table-1", table1Spec, parseCsv(table1Csv), "t.csv", "t.yaml").result!.table;

  it("has one CSV column per value, and reads back as the table's rows", () => {
    const back = parseCsv(tableCsv(table));
    expect(back.header).toEqual(table.columns.flatMap((c) => c.csv));
    expect(back.rows.map((r) => r.cells)).toEqual(table.rows.map((row) => row.flatMap((c) => c.csv)));
  });

  it("quotes labels with commas", () => {
    expect(tableCsv(table)).toContain('"Legal instruments (e.g. laws, decrees)"');
  });

  it("refuses a row that does not fit the header", () => {
    expect(() => tableCsv({ columns: [{ label: "A", csv: ["a", "b"] }], rows: [[{ text: "x", csv: ["x"] }]] })).toThrow(
      "1 CSV values for 2 columns",
    );
  });
});
