/** A CSV file read into its header and rows of cells, each cell the text between the commas. */
export interface Csv {
  header: string[];
  /** Data rows; `line` is the 1-based line of the file the row starts on. */
  rows: { line: number; cells: string[] }[];
}

/** Why a CSV file could not be read, with the line it happened on. */
export class CsvSyntaxError extends Error {
  readonly line: number;
  constructor(line: number, message: string) {
    super(`line ${line}: ${message}`);
    this.name = "CsvSyntaxError";
    this.line = line;
  }
}

/**
 * Reads RFC 4180 CSV: comma-separated, fields optionally in double quotes (a quote inside is
 * doubled), LF or CRLF line ends, a header line first. Blank lines are skipped. Every row must
 * have as many cells as the header: a short or long row is a mistake in the file, never padded.
 */
export function parseCsv(text: string): Csv {
  const records: { line: number; cells: string[] }[] = [];
  let line = 1;
  let i = 0;
  const source = text.replace(/^\uFEFF/, "");
  while (i < source.length) {
    const start = line;
    const cells: string[] = [];
    for (;;) {
      let cell = "";
      if (source[i] === '"') {
        i++;
        for (;;) {
          if (i >= source.length) throw new CsvSyntaxError(start, "a quoted field is not closed");
          const ch = source[i]!;
          if (ch === '"') {
            if (source[i + 1] === '"') {
              cell += '"';
              i += 2;
              continue;
            }
            i++;
            break;
          }
          if (ch === "\n") line++;
          cell += ch;
          i++;
        }
        const next = source[i];
        if (next !== undefined && next !== "," && next !== "\n" && next !== "\r")
          throw new CsvSyntaxError(line, "expected a comma or a line end after a closing quote");
      } else {
        while (i < source.length && source[i] !== "," && source[i] !== "\n" && source[i] !== "\r") {
          if (source[i] === '"')
            throw new CsvSyntaxError(line, "a quote inside an unquoted field (quote the whole field)");
          cell += source[i];
          i++;
        }
      }
      cells.push(cell);
      if (source[i] === ",") {
        i++;
        continue;
      }
      if (source[i] === "\r") i++;
      if (source[i] === "\n") {
        i++;
        line++;
      }
      break;
    }
    if (!(cells.length === 1 && cells[0] === "")) records.push({ line: start, cells });
  }
  const [first, ...rows] = records;
  if (!first) throw new CsvSyntaxError(1, "expected a header line, the file is empty");
  for (const row of rows)
    if (row.cells.length !== first.cells.length)
      throw new CsvSyntaxError(
        row.line,
        `expected ${first.cells.length} cells as in the header, found ${row.cells.length}`,
      );
  return { header: first.cells, rows };
}

/** Writes rows as CSV (RFC 4180, CRLF line ends), quoting only the fields that need it. */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const field = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(field).join(",")).join("\r\n") + "\r\n";
}
