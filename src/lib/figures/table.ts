import type { ColumnSpec, ComputedSpec, TableSpec } from "../../schemas/figure";
import type { ContentProblem } from "../content-error";
import type { Csv } from "./csv";
import { CellReader, at } from "./cells";
import { compoundAnnualGrowth, formatNumber, parsePrinted } from "./numbers";
import type { Cell, ChartConfig, ComputedLine, TableModel } from "./types";

/** A cell of a generic table, typed by its column. */
type Value =
  | { kind: "text"; text: string }
  | { kind: "number"; value: number; decimals: number; text: string }
  | { kind: "share"; value: number; fraction?: string; text: string }
  | { kind: "empty" };

export interface TableResult {
  table: TableModel;
  chart?: ChartConfig;
  computed: ComputedLine[];
}

/** A share: a printed percentage ("70") or the fraction the text names ("2/3" for "two thirds"). */
function parseShare(text: string): { value: number; fraction?: string } | undefined {
  const fraction = /^(\d+)\/([1-9]\d*)$/.exec(text);
  if (fraction) return { value: (100 * Number(fraction[1])) / Number(fraction[2]), fraction: text };
  const printed = parsePrinted(text);
  return printed && { value: printed.value };
}

function readValue(read: CellReader, row: Csv["rows"][number], column: ColumnSpec): Value {
  const raw = read.text(row, column.key);
  if (raw === "") {
    if (column.type !== "text" && !column.optional)
      read.problem(at(row.line, column.key), `expected a value (the column is not optional), got an empty cell`);
    return { kind: "empty" };
  }
  switch (column.type) {
    case "key":
    case "text":
      return { kind: "text", text: raw };
    case "integer":
    case "number": {
      const printed = read.number(row, column.key, column.label);
      if (!printed) return { kind: "empty" };
      if (column.type === "integer" && printed.decimals > 0) {
        read.problem(
          at(row.line, column.key),
          `expected ${column.label} as a whole number, got ${JSON.stringify(raw)}`,
        );
        return { kind: "empty" };
      }
      return { kind: "number", value: printed.value, decimals: printed.decimals, text: printed.text };
    }
    case "share": {
      const share = parseShare(raw);
      if (!share) {
        read.problem(
          at(row.line, column.key),
          `expected ${column.label} as a percentage such as 70 or a fraction such as 2/3, got ${JSON.stringify(raw)}`,
        );
        return { kind: "empty" };
      }
      return { kind: "share", ...share, text: raw };
    }
  }
}

/** How a value reads on the page, with the text's qualifier ("about 70"). */
function display(value: Value, qualifier: string | undefined, decimals?: number): string {
  const prefix = qualifier ? `${qualifier} ` : "";
  switch (value.kind) {
    case "empty":
      return "not given";
    case "text":
      return value.text;
    case "number":
      return `${prefix}${formatNumber(value.value, Math.min(value.decimals, decimals ?? value.decimals))}`;
    case "share":
      return value.fraction ? `${prefix}${value.fraction} (${formatNumber(value.value, 1)})` : `${prefix}${value.text}`;
  }
}

const numericValue = (value: Value | undefined) =>
  value?.kind === "number" || value?.kind === "share" ? value.value : null;

/**
 * A table whose columns its YAML declares and whose rows are its CSV: typed cells, the text's
 * qualifiers kept beside the numbers, values computed from rows, and a chart of the numeric columns.
 */
export function tableFigure(
  spec: TableSpec,
  csv: Csv,
  csvFile: string,
  specFile: string,
): { result?: TableResult; problems: ContentProblem[] } {
  const read = new CellReader(csvFile, csv);
  if (!read.expectHeader(spec.columns.map((c) => c.key))) return { problems: read.problems };
  const keyColumn = spec.columns[0]!;
  const rows: { key: string; values: Map<string, Value> }[] = [];
  for (const row of csv.rows) {
    const values = new Map(spec.columns.map((c) => [c.key, readValue(read, row, c)]));
    const key = read.text(row, keyColumn.key);
    if (rows.some((r) => r.key === key))
      read.problem(at(row.line, keyColumn.key), `expected a unique key, "${key}" is repeated`);
    rows.push({ key, values });
  }
  if (rows.length === 0) read.problem("rows", "expected at least one row");
  const problems = [...read.problems];
  const computed: ComputedLine[] = [];
  spec.computed?.forEach((item, i) => {
    const line = computeLine(item, rows, (field, expected) =>
      problems.push({ file: specFile, field: `computed.${i}.${field}`, expected }),
    );
    if (line) computed.push(line);
  });
  if (problems.length > 0) return { problems };

  const qualifierOf = (column: ColumnSpec, values: Map<string, Value>) => {
    const q = column.qualifier ? values.get(column.qualifier) : undefined;
    return q?.kind === "text" ? q.text : undefined;
  };
  // Qualifier columns are shown inside the numbers they qualify, not as columns of their own.
  const qualifiers = new Set(spec.columns.flatMap((c) => (c.qualifier ? [c.qualifier] : [])));
  const shown = spec.columns.filter((c) => !qualifiers.has(c.key));
  const csvColumns = (c: ColumnSpec) => (c.qualifier ? [c.qualifier, c.key] : [c.key]);
  const isNumeric = (c: ColumnSpec) => ["integer", "number", "share"].includes(c.type);
  const table: TableModel = {
    columns: shown.map((c) => ({ label: c.label, csv: csvColumns(c), ...(isNumeric(c) ? { numeric: true } : {}) })),
    rows: rows.map(({ values }) =>
      shown.map((c): Cell => {
        const value = values.get(c.key)!;
        const qualifier = qualifierOf(c, values);
        const raw = value.kind === "empty" ? "" : value.text;
        return {
          text: display(value, qualifier, c.decimals),
          csv: c.qualifier ? [qualifier ?? "", raw] : [raw],
          ...(isNumeric(c) ? { numeric: true } : {}),
        };
      }),
    ),
  };

  const charted = spec.columns.filter((c) => c.chart);
  const chart: ChartConfig | undefined = spec.chart && {
    type: spec.chart.type,
    horizontal: spec.chart.horizontal ?? false,
    stacked: spec.chart.stacked ?? false,
    reverse: spec.chart.reverse ?? false,
    logarithmic: spec.chart.logarithmic ?? false,
    ...(spec.chart.type === "line" && rows.every((r) => /^\d{4}$/.test(r.key)) ? { years: true } : {}),
    axis: spec.chart.axis,
    labels: rows.map((r) => r.key),
    series: charted.map((c) => ({
      label: c.label,
      values: rows.map((r) => numericValue(r.values.get(c.key))),
      tooltips: rows.map((r) => `${c.label}: ${display(r.values.get(c.key)!, qualifierOf(c, r.values))}`),
      style: spec.chart!.type,
    })),
    description: `${spec.chart.type === "bar" ? "Bar" : "Line"} chart: ${spec.title}. ${charted.map((c) => c.label).join("; ")} by ${keyColumn.label.toLowerCase()}${spec.chart.reverse ? ", with rank 1 at the top" : ""}${spec.chart.logarithmic ? ", on a logarithmic scale" : ""}. The same figures are in the table.`,
  };
  return { result: { table, ...(chart ? { chart } : {}), computed }, problems: [] };
}

function computeLine(
  item: ComputedSpec,
  rows: { key: string; values: Map<string, Value> }[],
  problem: (field: string, expected: string) => void,
): ComputedLine | undefined {
  const number = (field: string, key: string) => {
    const row = rows.find((r) => r.key === key);
    const value = row?.values.get(item.column);
    if (value?.kind === "number") return value;
    problem(
      field,
      row ? `expected a value in column "${item.column}" of row "${key}"` : `expected the key of a row, got "${key}"`,
    );
    return undefined;
  };
  switch (item.kind) {
    case "cagr": {
      const first = number("from", item.from);
      const last = number("to", item.to);
      const years = Number(item.to) - Number(item.from);
      if (!/^\d{4}$/.test(item.from) || !/^\d{4}$/.test(item.to) || !(years > 0)) {
        problem("to", `expected two years, the second after the first, got "${item.from}" and "${item.to}"`);
        return undefined;
      }
      if (!first || !last) return undefined;
      const rate = compoundAnnualGrowth(first.value, last.value, years);
      return {
        label: item.label,
        value: `${formatNumber(100 * rate, 1)} % a year`,
        method: `(${formatNumber(last.value, last.decimals)} ÷ ${formatNumber(first.value, first.decimals)})^(1/${years}) − 1, over the ${years} years ${item.from}–${item.to}`,
      };
    }
    case "difference": {
      const a = number("from", item.from);
      const b = number("minus", item.minus);
      if (!a || !b) return undefined;
      const decimals = Math.max(a.decimals, b.decimals);
      return {
        label: item.label,
        value: formatNumber(a.value - b.value, decimals),
        method: `${formatNumber(a.value, a.decimals)} − ${formatNumber(b.value, b.decimals)}`,
      };
    }
    case "ratio": {
      const a = number("numerator", item.numerator);
      const b = number("denominator", item.denominator);
      if (!a || !b) return undefined;
      if (b.value === 0) {
        problem("denominator", "expected a row whose value is not zero");
        return undefined;
      }
      return {
        label: item.label,
        value: formatNumber(a.value / b.value, 2),
        method: `${formatNumber(a.value, a.decimals)} ÷ ${formatNumber(b.value, b.decimals)}${item.printed ? `; the text says “${item.printed}”` : ""}`,
      };
    }
  }
}
