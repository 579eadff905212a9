import type { LikertSpec } from "../../schemas/figure";
import type { Csv } from "./csv";
import { CellReader, at } from "./cells";
import { exactPercent, parsePrinted, percentIsErratum, percentOf, type PrintedNumber } from "./numbers";
import type { Cell, ChartConfig, Erratum, TableModel } from "./types";
import type { ContentProblem } from "../content-error";

/** One category's counts as read from the CSV, with what was printed beside them. */
interface LikertRow {
  key: string;
  label: string;
  short: string;
  counts: number[];
  printedPercents: PrintedNumber[];
  printedTotal: number;
  printedTotalPercent: PrintedNumber;
}

/** A percentage the text prints: where, what, and what the counts give. */
export interface CheckedValue {
  place: string;
  printed: string;
  /** What the counts give, when the printed value is an erratum. */
  correct?: string;
  erratumId?: string;
}

export interface LikertResult {
  table: TableModel;
  chart?: ChartConfig;
  errata: Erratum[];
  /** The prose's printed percentages, by place. */
  prose: Map<string, CheckedValue>;
  /** The rule percentages are computed and compared by. */
  rule: string;
}

/** The CSV columns a survey table must have: category, each answer and its %, the total and its %. */
export const likertHeader = (spec: LikertSpec) => [
  "category",
  ...spec.answers.flatMap((a) => [a.key, `${a.key}_percent`]),
  "total",
  "total_percent",
];

/** The rule, in words, for pages to state. */
export const roundingRule =
  "Percentages are computed from the counts as 100 × count ÷ n and rounded half up to the printed number of decimals. A printed value is an erratum when it differs from the exact value by more than half a unit in its last printed digit (0.05 for a value printed with one decimal).";

/**
 * Turns a printed survey table (counts out of n, printed percentages and totals) into the table
 * the page shows, with every printed number that the counts contradict as an erratum.
 */
export function likertFigure(
  id: string,
  spec: LikertSpec,
  csv: Csv,
  csvFile: string,
  specFile: string,
): { result?: LikertResult; problems: ContentProblem[] } {
  const read = new CellReader(csvFile, csv);
  if (!read.expectHeader(likertHeader(spec))) return { problems: read.problems };
  const categories = new Map(spec.categories.map((c) => [c.key, c]));
  const rows = new Map<string, LikertRow>();
  const seen = new Set<string>();
  for (const row of csv.rows) {
    const key = read.text(row, "category");
    const category = categories.get(key);
    if (!category) {
      read.problem(
        at(row.line, "category"),
        `expected one of the categories in ${specFile} (${[...categories.keys()].join(", ")}), got ${JSON.stringify(key)}`,
      );
      continue;
    }
    if (seen.has(key)) {
      read.problem(at(row.line, "category"), `expected each category once, "${key}" is repeated`);
      continue;
    }
    seen.add(key);
    const counts = spec.answers.map((a) => read.integer(row, a.key, `the number who answered “${a.label}”`));
    const printedPercents = spec.answers.map((a) => read.number(row, `${a.key}_percent`, "the printed percentage"));
    const printedTotal = read.integer(row, "total", "the printed total");
    const printedTotalPercent = read.number(row, "total_percent", "the printed percentage");
    const percentColumns = [...spec.answers.map((a) => `${a.key}_percent`), "total_percent"];
    [...printedPercents, printedTotalPercent].forEach((printed, i) => {
      if (printed !== undefined && !(printed.value >= 0 && printed.value <= 100))
        read.problem(at(row.line, percentColumns[i]!), `expected a percentage from 0 to 100, got ${printed.text}`);
    });
    counts.forEach((count, i) => {
      if (count !== undefined && count > spec.n)
        read.problem(
          at(row.line, spec.answers[i]!.key),
          `expected a count of at most n = ${spec.n} (${specFile}), got ${count}`,
        );
    });
    if (counts.every((c) => c !== undefined)) {
      const sum = counts.reduce((a, b) => a + b, 0);
      if (sum > spec.n)
        read.problem(
          `line ${row.line}`,
          `expected the answers' counts to add up to at most n = ${spec.n} (${specFile}), got ${counts.join(" + ")} = ${sum}`,
        );
    }
    if (
      counts.every((c) => c !== undefined) &&
      printedPercents.every((p) => p !== undefined) &&
      printedTotal !== undefined &&
      printedTotalPercent !== undefined
    )
      rows.set(key, {
        key,
        label: category.label,
        short: category.short ?? category.label,
        counts: counts as number[],
        printedPercents: printedPercents as PrintedNumber[],
        printedTotal,
        printedTotalPercent,
      });
  }
  for (const category of spec.categories)
    if (!seen.has(category.key))
      read.problem("rows", `expected a row for the category "${category.key}" (${category.label}), found none`);
  const proseProblems: ContentProblem[] = [];
  const answerKeys = [...spec.answers.map((a) => a.key), "total"];
  spec.prose?.forEach((p, i) => {
    if (!categories.has(p.category))
      proseProblems.push({
        file: specFile,
        field: `prose.${i}.category`,
        expected: `expected one of ${[...categories.keys()].join(", ")}, got "${p.category}"`,
      });
    if (!answerKeys.includes(p.answer))
      proseProblems.push({
        file: specFile,
        field: `prose.${i}.answer`,
        expected: `expected one of ${answerKeys.join(", ")}, got "${p.answer}"`,
      });
    if (!parsePrinted(p.printed))
      proseProblems.push({
        file: specFile,
        field: `prose.${i}.printed`,
        expected: `expected a printed number such as 96.7, got ${JSON.stringify(p.printed)}`,
      });
    if (spec.prose?.findIndex((q) => q.place === p.place) !== i)
      proseProblems.push({
        file: specFile,
        field: `prose.${i}.place`,
        expected: `expected a unique place, "${p.place}" is repeated`,
      });
  });
  const problems = [...read.problems, ...proseProblems];
  if (problems.length > 0) return { problems };

  const ordered = spec.categories.map((c) => rows.get(c.key)!);
  const n = spec.n;
  const tableName = spec.label ?? spec.title;
  const errata: Erratum[] =
    spec.captionErratum && spec.caption
      ? [
          {
            text: spec.text,
            figure: id,
            place: `${tableName}, caption`,
            printed: spec.caption,
            correct: spec.captionErratum.correct,
            why: spec.captionErratum.why,
          },
        ]
      : [];

  /** Compares a printed percentage with the counts; records an erratum when they disagree. */
  const checkPercent = (printed: PrintedNumber, count: number, place: string, what: string) => {
    const computed = percentOf(count, n, printed.decimals);
    if (!percentIsErratum(printed, count, n)) return { computed };
    errata.push({
      text: spec.text,
      figure: id,
      place,
      printed: printed.text,
      correct: computed,
      why: `${what}: ${count} of ${n} is ${exactPercent(count, n)} %, which rounds to ${computed}; the printed ${printed.text} is more than half a unit in its last digit away.`,
    });
    return { computed, correction: computed };
  };

  const bodyRows: Cell[][] = ordered.map((row) => {
    const total = row.counts.reduce((a, b) => a + b, 0);
    const cells: Cell[] = [{ text: row.label, csv: [row.key, row.label] }];
    spec.answers.forEach((answer, i) => {
      const count = row.counts[i]!;
      const printed = row.printedPercents[i]!;
      const check = checkPercent(printed, count, `${tableName}, ${row.short}, ${answer.label} %`, `${answer.label}`);
      cells.push({ text: String(count), numeric: true, csv: [String(count)] });
      cells.push({
        text: printed.text,
        numeric: true,
        csv: [printed.text, check.computed],
        ...(check.correction ? { correction: check.correction } : {}),
      });
    });
    let totalCorrection: string | undefined;
    if (row.printedTotal !== total) {
      totalCorrection = String(total);
      errata.push({
        text: spec.text,
        figure: id,
        place: `${tableName}, ${row.short}, ${spec.total}`,
        printed: String(row.printedTotal),
        correct: String(total),
        why: `The counts add up to ${row.counts.join(" + ")} = ${total}.`,
      });
    }
    cells.push({
      text: String(row.printedTotal),
      numeric: true,
      csv: [String(row.printedTotal), String(total)],
      ...(totalCorrection ? { correction: totalCorrection } : {}),
    });
    const totalCheck = checkPercent(
      row.printedTotalPercent,
      total,
      `${tableName}, ${row.short}, ${spec.total} %`,
      `${spec.total} (${row.counts.join(" + ")} = ${total})`,
    );
    cells.push({
      text: row.printedTotalPercent.text,
      numeric: true,
      csv: [row.printedTotalPercent.text, totalCheck.computed],
      ...(totalCheck.correction ? { correction: totalCheck.correction } : {}),
    });
    return cells;
  });

  const table: TableModel = {
    columns: [
      { label: "Factor", csv: ["category", "label"] },
      ...spec.answers.flatMap((a) => [
        { label: `${a.label}: No.`, csv: [a.key], numeric: true },
        { label: `${a.label}: %`, csv: [`${a.key}_percent_printed`, `${a.key}_percent_computed`], numeric: true },
      ]),
      { label: `${spec.total}: No.`, csv: ["total_printed", "total_computed"], numeric: true },
      { label: `${spec.total}: %`, csv: ["total_percent_printed", "total_percent_computed"], numeric: true },
    ],
    rows: bodyRows,
  };

  const prose = new Map<string, CheckedValue>();
  for (const p of spec.prose ?? []) {
    const row = rows.get(p.category)!;
    const answerIndex = spec.answers.findIndex((a) => a.key === p.answer);
    const count = answerIndex < 0 ? row.counts.reduce((a, b) => a + b, 0) : row.counts[answerIndex]!;
    const printed = parsePrinted(p.printed)!;
    const what = answerIndex < 0 ? spec.total : spec.answers[answerIndex]!.label;
    const before = errata.length;
    const check = checkPercent(
      printed,
      count,
      `${p.place}, in the text (${row.short}, ${what} %)`,
      `${what} for ${row.short}`,
    );
    if (check.correction) errata[before]!.inProse = true;
    prose.set(p.place, {
      place: p.place,
      printed: p.printed,
      ...(check.correction ? { correct: check.correction, erratumId: erratumId(errata[before]!) } : {}),
    });
  }

  const chart: ChartConfig | undefined = spec.chart
    ? {
        type: "bar",
        horizontal: true,
        stacked: true,
        reverse: false,
        logarithmic: false,
        axis: `Percent of the ${n} respondents (computed from the counts)`,
        labels: ordered.map((r) => r.short),
        series: [
          ...spec.answers.map((answer, i) => ({
            label: answer.label,
            values: ordered.map((r) => Number(percentOf(r.counts[i]!, n, 1))),
            tooltips: ordered.map(
              (r) => `${answer.label}: ${r.counts[i]} of ${n} = ${percentOf(r.counts[i]!, n, 1)} %`,
            ),
            style: "bar" as const,
          })),
          {
            label: `${spec.total} as printed`,
            values: ordered.map((r) => r.printedTotalPercent.value),
            tooltips: ordered.map((r) => {
              const total = r.counts.reduce((a, b) => a + b, 0);
              const computed = percentOf(total, n, r.printedTotalPercent.decimals);
              return `Printed ${r.printedTotalPercent.text} %; the counts give ${computed} %${computed === r.printedTotalPercent.text ? "" : " (erratum)"}`;
            }),
            style: "marks" as const,
          },
        ],
        description: `Stacked bar chart: ${spec.title}. For each factor, the share who agree and who strongly agree, computed from the counts, with the printed total marked. The same figures are in the table.`,
      }
    : undefined;

  return { result: { table, ...(chart ? { chart } : {}), errata, prose, rule: roundingRule }, problems: [] };
}

/** A stable anchor for an erratum on the errata page. */
export const erratumId = (erratum: Erratum) =>
  `${erratum.figure}-${erratum.place}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");
