import { z } from "astro/zod";
import { readerWords, text } from "./common";

/** A key: lower-case letters, digits and underscores, starting with a letter (a CSV column name). */
const key = (what: string) =>
  text(what).regex(/^[a-z][a-z0-9_]*$/, { error: `expected ${what} of lower-case letters, digits and underscores` });

const positiveInt = (what: string) =>
  z.int({ error: `expected ${what} as a whole number` }).positive({ error: `expected ${what} above zero` });

/** A category of a survey table: a row the CSV must have, once. */
const category = z.strictObject({
  /** The value of the CSV's first column for this row. */
  key: key("a category key"),
  /** Its label as printed. */
  label: text("the category label"),
  /** A short label for the chart's axis; the printed label when absent. */
  short: text("a short label").optional(),
});

/** A printed error that is not a number (numbers are checked against the data instead). */
const captionErratum = z.strictObject({
  /** What the caption should say. */
  correct: text("the corrected caption"),
  /** Why the printed caption is wrong, and where the correction's words come from. */
  why: text("the reason"),
});

/** What every table and figure says about itself: where it is printed and where its numbers come from. */
const common = {
  /** Slug of the article or companion text the figure belongs to. */
  text: text("the slug of a text"),
  /** Printed label, e.g. "Table 1" or "Figure 3"; absent for a chart this edition adds. */
  label: text("the printed label").optional(),
  /** Caption as printed; absent when none is printed. */
  caption: text("the caption as printed").optional(),
  /** Source line as printed under the figure. */
  source: text("the source line as printed").optional(),
  /** What the figure shows, in this edition's words (used where no caption is printed and to label the chart). */
  title: text("a title"),
  /** Where in the text it stands, e.g. "Section 4.1". */
  place: text("the place in the text"),
  /**
   * Where every number comes from, as a reader would cite it ("Table 1 of the article", "World
   * Bank, Worldwide Governance Indicators, 2020 update"); shown under "Where these numbers come
   * from". Seed files, notes files and commits are refused.
   */
  provenance: readerWords("where the numbers come from"),
  /** Cautions a reader needs (editions, scales, gaps). */
  notes: z.array(text("a note")).optional(),
  /** The printed caption is wrong: what it should say, and why. */
  captionErratum: captionErratum.optional(),
};

/** How a chart draws a table: categories from one column, one series per numeric column. */
const chartSchema = z
  .strictObject({
    /** bar or line. */
    type: z.enum(["bar", "line"], { error: "expected a chart type: bar or line" }),
    /** Bars run left to right (long category labels read better). */
    horizontal: z.boolean({ error: "expected true or false" }).optional(),
    /** Series are stacked on one another. */
    stacked: z.boolean({ error: "expected true or false" }).optional(),
    /** The value axis runs downwards: rank 1 at the top. */
    reverse: z.boolean({ error: "expected true or false" }).optional(),
    /** A logarithmic value axis, for amounts of very different size: lines only (a bar's length must mean its value). */
    logarithmic: z.boolean({ error: "expected true or false" }).optional(),
    /** Title of the value axis, with its unit. */
    axis: text("the value axis title"),
  })
  .refine((chart) => !(chart.logarithmic && chart.type === "bar"), {
    path: ["logarithmic"],
    error: "expected no logarithmic axis on a bar chart: a bar's length must mean its value (use a linear axis)",
  });

/** A column of a generic table's CSV. */
const columnSchema = z.strictObject({
  /** The CSV header of the column. */
  key: key("a column key"),
  /** Header shown above the column. */
  label: text("a column label"),
  /**
   * key: the row's name (first column, unique); text: words; integer, number: printed numbers
   * (decimals kept as printed); share: a percentage, or a fraction such as 2/3 where the text says
   * "two thirds".
   */
  type: z.enum(["key", "text", "integer", "number", "share"], {
    error: "expected a column type: key, text, integer, number or share",
  }),
  /** Empty cells allowed: the source gives no value there. Never on the key column. */
  optional: z.boolean({ error: "expected true or false" }).optional(),
  /** A text column whose words qualify this number as the text does ("about", "almost"). */
  qualifier: key("the qualifying column").optional(),
  /** Drawn in the chart as a series. */
  chart: z.boolean({ error: "expected true or false" }).optional(),
  /**
   * A number column shown to this many decimals, the precision its publisher shows, when the
   * data file carries more digits (a spreadsheet's 12.365591 as 12.37). The CSV keeps every digit.
   */
  decimals: z.int({ error: "expected a whole number of decimals" }).min(0).max(6).optional(),
});

/** A value the page computes from the rows, with the method in its label. */
const computedSchema = z.discriminatedUnion(
  "kind",
  [
    z.strictObject({
      /** Compound annual growth from one row to another; the keys are years. */
      kind: z.literal("cagr"),
      label: text("the label"),
      column: key("the column"),
      from: text("the first row's key"),
      to: text("the last row's key"),
    }),
    z.strictObject({
      /** One row's value less another's. */
      kind: z.literal("difference"),
      label: text("the label"),
      column: key("the column"),
      from: text("the row's key"),
      minus: text("the subtracted row's key"),
    }),
    z.strictObject({
      /** One row's value over another's, with what the text says of it. */
      kind: z.literal("ratio"),
      label: text("the label"),
      column: key("the column"),
      numerator: text("the numerator row's key"),
      denominator: text("the denominator row's key"),
      /** The text's own words for the ratio, e.g. "four times". */
      printed: text("the text's words").optional(),
    }),
  ],
  { error: "expected a computed value of kind cagr, difference or ratio" },
);

/** A generic table: columns declared here, rows in the CSV beside this file. */
const tableFigure = z
  .strictObject({
    kind: z.literal("table"),
    ...common,
    /** The CSV's columns, in order; the first is the key column. */
    columns: z.array(columnSchema).min(2, { error: "expected at least a key column and one other" }),
    /** Values computed from the rows. */
    computed: z.array(computedSchema).optional(),
    /** How to draw it; absent for a table alone. */
    chart: chartSchema.optional(),
  })
  .superRefine((figure, ctx) => {
    const keys = figure.columns.map((c) => c.key);
    figure.columns.forEach((column, i) => {
      if ((column.type === "key") !== (i === 0))
        ctx.addIssue({
          code: "custom",
          path: ["columns", i, "type"],
          message:
            i === 0
              ? "expected the first column to be the key column (type: key)"
              : "expected only the first column to be the key column",
        });
      if (column.type === "key" && column.optional)
        ctx.addIssue({ code: "custom", path: ["columns", i, "optional"], message: "expected every row to have a key" });
      if (keys.indexOf(column.key) !== i)
        ctx.addIssue({
          code: "custom",
          path: ["columns", i, "key"],
          message: `expected a unique column key, "${column.key}" is repeated`,
        });
      const numeric = ["integer", "number", "share"].includes(column.type);
      if (column.qualifier !== undefined) {
        const target = figure.columns.find((c) => c.key === column.qualifier);
        if (!numeric || target?.type !== "text")
          ctx.addIssue({
            code: "custom",
            path: ["columns", i, "qualifier"],
            message: "expected a numeric column qualified by a text column of this table",
          });
      }
      if (column.chart && !numeric)
        ctx.addIssue({
          code: "custom",
          path: ["columns", i, "chart"],
          message: "expected only numeric columns in the chart",
        });
    });
    if (figure.chart && !figure.columns.some((c) => c.chart))
      ctx.addIssue({ code: "custom", path: ["chart"], message: "expected at least one column marked `chart: true`" });
    figure.computed?.forEach((item, i) => {
      const column = figure.columns.find((c) => c.key === item.column);
      if (!column || !["integer", "number"].includes(column.type))
        ctx.addIssue({
          code: "custom",
          path: ["computed", i, "column"],
          message: `expected a numeric column of this table, got "${item.column}"`,
        });
    });
  });

/** A survey table of agreement counts out of n respondents, with what was printed beside them. */
const likertFigure = z.strictObject({
  kind: z.literal("likert"),
  ...common,
  /** Number of respondents each count is out of. */
  n: positiveInt("the number of respondents"),
  /** The answers counted, in printed order; each is a CSV column with its printed percentage. */
  answers: z
    .array(z.strictObject({ key: key("an answer key"), label: text("the answer as printed") }))
    .min(1, { error: "expected at least one answer" }),
  /** Heading of the printed total column. */
  total: text("the heading of the total column"),
  /** The rows the table must have, in printed order. */
  categories: z.array(category).min(1, { error: "expected at least one category" }),
  /** Printed percentages that the prose repeats, to be checked against the counts. */
  prose: z
    .array(
      z.strictObject({
        /** Where the prose gives it, e.g. "Section 5.1"; unique. */
        place: text("the place"),
        /** The category whose percentage it is. */
        category: key("a category key"),
        /** The answer column it repeats, or "total". */
        answer: key("an answer key or total"),
        /** As printed. */
        printed: text("the printed value"),
      }),
    )
    .optional(),
  /** Draw the table as a stacked bar chart. */
  chart: z.boolean({ error: "expected true or false" }).optional(),
});

/** Who answered a survey: groups counted in a CSV, with the distributed and returned totals. */
const surveyFigure = z.strictObject({
  kind: z.literal("survey"),
  ...common,
  /** Questionnaires distributed. */
  distributed: positiveInt("the number distributed"),
  /** Usable questionnaires returned. */
  returned: positiveInt("the number returned"),
  /** The response rate as printed, in percent. */
  printedResponseRate: text("the printed response rate"),
  /** The groups, in printed order; each a CSV row. */
  groups: z.array(category).min(1, { error: "expected at least one group" }),
  /** Draw the groups as a bar chart. */
  chart: z.boolean({ error: "expected true or false" }).optional(),
});

/** The illustrative values an interactive model starts from (no CSV). */
const accessionFigure = z.strictObject({
  kind: z.literal("accession"),
  ...common,
  /** Starting values; the explorer lets the reader change them. */
  defaults: z.strictObject({
    va: z.number({ error: "expected v(a) as a number" }),
    vb: z.number({ error: "expected v(b) as a number" }),
    vabEffort: z.number({ error: "expected v(a,b|e*) as a number" }),
    vabNoEffort: z.number({ error: "expected v(a,b|0) as a number" }),
    effort: z.number({ error: "expected e* as a number" }).nonnegative({ error: "expected e* of at least 0" }),
    xb: z.number({ error: "expected x_b as a number" }),
    investment: z.enum(["anyway", "on-accession"], {
      error: "expected the kind of investment: anyway (value to b independent of accession) or on-accession",
    }),
  }),
});

/** A printed figure whose data no source gives: its caption and source are shown with a plain note (no CSV). */
const unreproducedFigure = z.strictObject({
  kind: z.literal("unreproduced"),
  ...common,
});

/**
 * A table or figure: `content/data/<id>.yaml`, with its rows in `content/data/<id>.csv`
 * (except `accession` and `unreproduced`, which have none).
 */
export const figureSchema = z.discriminatedUnion(
  "kind",
  [tableFigure, likertFigure, surveyFigure, accessionFigure, unreproducedFigure],
  {
    error: "expected `kind`: table, likert, survey, accession or unreproduced",
  },
);

export type FigureSpec = z.infer<typeof figureSchema>;
export type TableSpec = z.infer<typeof tableFigure>;
export type LikertSpec = z.infer<typeof likertFigure>;
export type SurveySpec = z.infer<typeof surveyFigure>;
export type AccessionSpec = z.infer<typeof accessionFigure>;
export type ColumnSpec = z.infer<typeof columnSchema>;
export type ChartSpec = z.infer<typeof chartSchema>;
export type ComputedSpec = z.infer<typeof computedSchema>;
