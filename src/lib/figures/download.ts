import { toCsv } from "./csv";
import type { TableModel } from "./types";

/** The CSV a reader downloads: one header line of column names, then the table's rows and foot. */
export function tableCsv(table: TableModel): string {
  const header = table.columns.flatMap((c) => c.csv);
  const rows = [...table.rows, ...(table.foot ? [table.foot] : [])].map((row) => row.flatMap((cell) => cell.csv));
  for (const row of rows)
    if (row.length !== header.length)
      throw new Error(`a table row has ${row.length} CSV values for ${header.length} columns`);
  return toCsv([header, ...rows]);
}
