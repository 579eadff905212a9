import type { SurveySpec } from "../../schemas/figure";
import type { ContentProblem } from "../content-error";
import type { Csv } from "./csv";
import { CellReader, at } from "./cells";
import { exactPercent, parsePrinted, percentIsErratum, percentOf } from "./numbers";
import type { Cell, ChartConfig, ComputedLine, Erratum, TableModel } from "./types";

export interface SurveyResult {
  table: TableModel;
  chart?: ChartConfig;
  computed: ComputedLine[];
  errata: Erratum[];
}

/**
 * Who answered a survey: the groups' counts must add up to the questionnaires returned, and the
 * printed response rate is checked against returned ÷ distributed.
 */
export function surveyFigure(
  id: string,
  spec: SurveySpec,
  csv: Csv,
  csvFile: string,
  specFile: string,
): { result?: SurveyResult; problems: ContentProblem[] } {
  const read = new CellReader(csvFile, csv);
  const problems: ContentProblem[] = [];
  if (spec.returned > spec.distributed)
    problems.push({
      file: specFile,
      field: "returned",
      expected: `expected at most the ${spec.distributed} distributed, got ${spec.returned}`,
    });
  const printedRate = parsePrinted(spec.printedResponseRate);
  if (!printedRate)
    problems.push({
      file: specFile,
      field: "printedResponseRate",
      expected: `expected a printed percentage such as 78.9, got ${JSON.stringify(spec.printedResponseRate)}`,
    });
  if (!read.expectHeader(["group", "count"])) return { problems: [...problems, ...read.problems] };
  const groups = new Map(spec.groups.map((g) => [g.key, g]));
  const counts = new Map<string, number>();
  const seen = new Set<string>();
  for (const row of csv.rows) {
    const key = read.text(row, "group");
    if (!groups.has(key)) {
      read.problem(
        at(row.line, "group"),
        `expected one of the groups in ${specFile} (${[...groups.keys()].join(", ")}), got ${JSON.stringify(key)}`,
      );
      continue;
    }
    if (seen.has(key)) {
      read.problem(at(row.line, "group"), `expected each group once, "${key}" is repeated`);
      continue;
    }
    seen.add(key);
    const count = read.integer(row, "count", "the number of respondents");
    if (count !== undefined && count > spec.returned)
      read.problem(at(row.line, "count"), `expected at most the ${spec.returned} returned (${specFile}), got ${count}`);
    else if (count !== undefined) counts.set(key, count);
  }
  for (const group of spec.groups)
    if (!seen.has(group.key))
      read.problem("rows", `expected a row for the group "${group.key}" (${group.label}), found none`);
  problems.push(...read.problems);
  if (problems.length === 0) {
    const sum = [...counts.values()].reduce((a, b) => a + b, 0);
    if (sum !== spec.returned)
      problems.push({
        file: csvFile,
        field: "count",
        expected: `expected the groups to add up to the ${spec.returned} returned (${specFile}), got ${[...counts.values()].join(" + ")} = ${sum}`,
      });
  }
  if (problems.length > 0 || !printedRate) return { problems };

  const rows: Cell[][] = spec.groups.map((g) => {
    const count = counts.get(g.key)!;
    return [
      { text: g.label, csv: [g.key, g.label] },
      { text: String(count), numeric: true, csv: [String(count)] },
      { text: percentOf(count, spec.returned, 1), numeric: true, csv: [percentOf(count, spec.returned, 1)] },
    ];
  });
  const rate = percentOf(spec.returned, spec.distributed, printedRate.decimals);
  const errata: Erratum[] = percentIsErratum(printedRate, spec.returned, spec.distributed)
    ? [
        {
          text: spec.text,
          figure: id,
          place: `${spec.place}, response rate`,
          printed: printedRate.text,
          correct: rate,
          why: `${spec.returned} of ${spec.distributed} is ${exactPercent(spec.returned, spec.distributed)} %.`,
        },
      ]
    : [];
  const computed: ComputedLine[] = [
    {
      label: "Response rate",
      value: `${rate} %`,
      method: `${spec.returned} returned of ${spec.distributed} distributed; printed ${printedRate.text} %${errata.length ? ", an erratum" : ", which agrees"}`,
    },
  ];
  const chart: ChartConfig | undefined = spec.chart
    ? {
        type: "bar",
        horizontal: true,
        stacked: false,
        reverse: false,
        logarithmic: false,
        axis: "Respondents",
        labels: spec.groups.map((g) => g.label),
        series: [
          {
            label: "Respondents",
            values: spec.groups.map((g) => counts.get(g.key)!),
            tooltips: spec.groups.map(
              (g) => `${counts.get(g.key)} of ${spec.returned} (${percentOf(counts.get(g.key)!, spec.returned, 1)} %)`,
            ),
            style: "bar",
          },
        ],
        description: `Bar chart: ${spec.title}. The same figures are in the table.`,
      }
    : undefined;
  return {
    result: {
      table: {
        columns: [
          { label: "Respondents", csv: ["group", "label"] },
          { label: "Number", csv: ["count"], numeric: true },
          { label: `% of the ${spec.returned} returned`, csv: ["percent_of_returned"], numeric: true },
        ],
        rows,
        foot: [
          { text: "Returned (usable)", csv: ["returned", "Returned (usable)"] },
          { text: String(spec.returned), numeric: true, csv: [String(spec.returned)] },
          { text: "100.0", numeric: true, csv: ["100.0"] },
        ],
      },
      ...(chart ? { chart } : {}),
      computed,
      errata,
    },
    problems: [],
  };
}
