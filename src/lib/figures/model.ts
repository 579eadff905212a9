import type { FigureSpec } from "../../schemas/figure";
import { ContentError, type ContentProblem } from "../content-error";
import type { RawEntry } from "../model";
import { accession, type AccessionInputs } from "./accession";
import { CsvSyntaxError, parseCsv, type Csv } from "./csv";
import { likertFigure, type CheckedValue } from "./likert";
import { surveyFigure } from "./survey";
import { tableFigure } from "./table";
import type { ChartConfig, ComputedLine, Erratum, TableModel } from "./types";

/** A table or figure with everything its page shows, computed once. */
export interface FigureModel {
  /** The data file's name, e.g. "csr-table-1". */
  id: string;
  /** The YAML file. */
  file: string;
  /** The CSV file, where there is one. */
  csvFile?: string;
  spec: FigureSpec;
  table: TableModel;
  chart?: ChartConfig;
  computed: ComputedLine[];
  errata: Erratum[];
  /** Printed values the prose repeats, checked against the data, by place. */
  prose: Map<string, CheckedValue>;
  /** The rounding and comparison rule, where the figure applies one. */
  rule?: string;
  /** Starting values of an interactive model. */
  accession?: AccessionInputs;
}

export interface FiguresModel {
  figures: FigureModel[];
  byId: Map<string, FigureModel>;
  /** Every erratum, in the order of the texts' figures. */
  errata: Erratum[];
}

/** A text as the figures need it: its slug, file and body (to find where figures are placed). */
export interface TextRef {
  slug: string;
  file: string;
  body: string;
}

/** The ids of the figures a body places, from `<Figure id="…" />`. */
export const placedFigures = (body: string) => [...body.matchAll(/<Figure\s+id=["']([^"']+)["']/g)].map((m) => m[1]!);

/**
 * Reads every data file (YAML description and CSV rows), computes what the pages show, and checks
 * that the data holds together: each CSV has its description and each description its CSV, each
 * figure belongs to a text that places it. Throws a ContentError listing every problem.
 */
export function buildFigures(
  raw: { figures: RawEntry<FigureSpec>[]; csvs: RawEntry<{ text: string }>[] },
  texts: readonly TextRef[],
): FiguresModel {
  const problems: ContentProblem[] = [];
  const csvById = new Map(raw.csvs.map((c) => [c.id, c]));
  const textBySlug = new Map(texts.map((t) => [t.slug, t]));
  const figures: FigureModel[] = [];

  for (const entry of raw.figures) {
    const spec = entry.data;
    const file = entry.filePath ?? `content/data/${entry.id}.yaml`;
    const text = textBySlug.get(spec.text);
    if (!text)
      problems.push({
        file,
        field: "text",
        expected: `expected the slug of an article or companion text, got "${spec.text}"`,
      });
    else if (!placedFigures(text.body).includes(entry.id))
      problems.push({
        file,
        field: "text",
        expected: `expected ${text.file} to place it with <Figure id="${entry.id}" />`,
      });
    if (spec.captionErratum && !spec.caption)
      problems.push({
        file,
        field: "captionErratum",
        expected: "expected the printed `caption` that the erratum corrects",
      });

    if (spec.kind === "accession") {
      if (csvById.has(entry.id))
        problems.push({
          file: csvById.get(entry.id)!.filePath ?? `${entry.id}.csv`,
          field: "(file)",
          expected: "expected no CSV for an interactive model: its values are in the YAML",
        });
      const outcome = accession(spec.defaults);
      figures.push({
        id: entry.id,
        file,
        spec,
        table: {
          columns: [
            { label: "Quantity", csv: ["quantity"] },
            { label: "Formula", csv: ["formula"] },
            { label: "Value", csv: ["value"] },
          ],
          rows: outcome.lines.map((l) => [
            { text: l.quantity, csv: [l.quantity] },
            { text: l.formula, csv: [l.formula] },
            { text: l.value, csv: [l.value] },
          ]),
        },
        computed: [],
        errata: [],
        prose: new Map(),
        accession: spec.defaults,
      });
      continue;
    }

    if (spec.kind === "unreproduced") {
      if (csvById.has(entry.id))
        problems.push({
          file,
          field: "kind",
          expected: "expected a kind that draws its CSV (table, likert or survey), not unreproduced",
        });
      figures.push({
        id: entry.id,
        file,
        spec,
        table: { columns: [], rows: [] },
        computed: [],
        errata: [],
        prose: new Map(),
      });
      continue;
    }

    const csvEntry = csvById.get(entry.id);
    if (!csvEntry) {
      problems.push({ file, field: "(file)", expected: `expected its rows in ${file.replace(/\.ya?ml$/, ".csv")}` });
      continue;
    }
    const csvFile = csvEntry.filePath ?? `content/data/${entry.id}.csv`;
    let csv: Csv;
    try {
      csv = parseCsv(csvEntry.data.text);
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      problems.push({ file: csvFile, field: `line ${error.line}`, expected: error.message.replace(/^line \d+: /, "") });
      continue;
    }
    const base = {
      id: entry.id,
      file,
      csvFile,
      computed: [] as ComputedLine[],
      errata: [] as Erratum[],
      prose: new Map<string, CheckedValue>(),
    };
    if (spec.kind === "likert") {
      const { result, problems: found } = likertFigure(entry.id, spec, csv, csvFile, file);
      problems.push(...found);
      if (result)
        figures.push({
          ...base,
          spec,
          table: result.table,
          ...(result.chart ? { chart: result.chart } : {}),
          errata: result.errata,
          prose: result.prose,
          rule: result.rule,
        });
    } else if (spec.kind === "survey") {
      const { result, problems: found } = surveyFigure(entry.id, spec, csv, csvFile, file);
      problems.push(...found);
      if (result)
        figures.push({
          ...base,
          spec,
          table: result.table,
          ...(result.chart ? { chart: result.chart } : {}),
          computed: result.computed,
          errata: result.errata,
        });
    } else {
      const { result, problems: found } = tableFigure(spec, csv, csvFile, file);
      problems.push(...found);
      if (result)
        figures.push({
          ...base,
          spec,
          table: result.table,
          ...(result.chart ? { chart: result.chart } : {}),
          computed: result.computed,
        });
    }
  }
  const described = new Set(raw.figures.map((f) => f.id));
  for (const csv of raw.csvs)
    if (!described.has(csv.id))
      problems.push({
        file: csv.filePath ?? `content/data/${csv.id}.csv`,
        field: "(file)",
        expected: `expected a description beside it, ${csv.id}.yaml`,
      });
  for (const text of texts)
    for (const id of placedFigures(text.body))
      if (!described.has(id))
        problems.push({
          file: text.file,
          field: "body",
          expected: `expected <Figure id="${id}" /> to name a file in content/data/, found no ${id}.yaml`,
        });
  if (problems.length > 0) throw new ContentError(problems);

  const order = new Map(texts.map((t, i) => [t.slug, i]));
  const placeIn = (f: FigureModel) => textBySlug.get(f.spec.text)!.body.indexOf(`"${f.id}"`);
  figures.sort((a, b) => order.get(a.spec.text)! - order.get(b.spec.text)! || placeIn(a) - placeIn(b));
  return { figures, byId: new Map(figures.map((f) => [f.id, f])), errata: figures.flatMap((f) => f.errata) };
}
