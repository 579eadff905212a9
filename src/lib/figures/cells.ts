import type { ContentProblem } from "../content-error";
import type { Csv } from "./csv";
import { parsePrinted, type PrintedNumber } from "./numbers";

/**
 * Reads typed cells out of CSV rows and records every bad cell as a problem naming the file, the
 * line and the column, so that one build reports all of them at once.
 */
export class CellReader {
  readonly problems: ContentProblem[] = [];
  constructor(
    readonly file: string,
    readonly csv: Csv,
  ) {}

  problem(field: string, expected: string) {
    this.problems.push({ file: this.file, field, expected });
  }

  /** Checks the header is exactly `expected`, in order. */
  expectHeader(expected: readonly string[]): boolean {
    const found = this.csv.header;
    if (found.length === expected.length && found.every((h, i) => h === expected[i])) return true;
    this.problem("line 1 (header)", `expected the columns ${expected.join(",")}, found ${found.join(",")}`);
    return false;
  }

  private cell(row: Csv["rows"][number], column: string): string {
    return row.cells[this.csv.header.indexOf(column)] ?? "";
  }

  text(row: Csv["rows"][number], column: string): string {
    return this.cell(row, column).trim();
  }

  /** A printed decimal number; undefined (and a problem) when the cell is not one. */
  number(row: Csv["rows"][number], column: string, what: string): PrintedNumber | undefined {
    const raw = this.cell(row, column);
    const value = parsePrinted(raw.trim());
    if (!value)
      this.problem(at(row.line, column), `expected ${what} as a number such as 12 or 12.5, got ${JSON.stringify(raw)}`);
    return value;
  }

  /** A whole number of at least `min`. */
  integer(row: Csv["rows"][number], column: string, what: string, min = 0): number | undefined {
    const raw = this.cell(row, column);
    const value = /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : undefined;
    if (value === undefined || value < min)
      this.problem(
        at(row.line, column),
        `expected ${what} as a whole number of at least ${min}, got ${JSON.stringify(raw)}`,
      );
    return value;
  }
}

/** The field name of a CSV cell in problems: its line and column. */
export const at = (line: number, column: string) => `line ${line}, column "${column}"`;
