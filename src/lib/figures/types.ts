/** What the pages show of a table or figure, computed once at build from its data file. */

/** A printed value that the data contradicts. */
export interface Erratum {
  /** Slug of the text it is printed in. */
  text: string;
  /** Id of the table or figure (the data file's name) it concerns. */
  figure: string;
  /** Where it is printed, e.g. "Table 1, Legal instruments, Strongly agree %". */
  place: string;
  /** As printed. */
  printed: string;
  /** What the data gives. */
  correct: string;
  /** How the correct value follows from the data. */
  why: string;
  /** True when the value is printed in the prose rather than in the figure itself. */
  inProse?: boolean;
}

/** One cell of a table: what the page shows, and the values it adds to the CSV. */
export interface Cell {
  /** The value as shown (as printed where the text prints it). */
  text: string;
  /** Right-aligned figures. */
  numeric?: boolean;
  /** Shown beside the printed value when the data gives something else. */
  correction?: string;
  /** The cell's values in the CSV, one per CSV column of its table column. */
  csv: string[];
}

export interface Column {
  /** Header shown above the column. */
  label: string;
  /** Its CSV column names. */
  csv: string[];
  numeric?: boolean;
}

/** A table as the page shows it and as the CSV download holds it. */
export interface TableModel {
  columns: Column[];
  /** The first cell of each row is its header. */
  rows: Cell[][];
  /** A summary row under the others (totals). */
  foot?: Cell[];
}

/** A chart series: one bar or line per category. */
export interface SeriesConfig {
  label: string;
  /** One value per category; null where the data has none. */
  values: (number | null)[];
  /** Tooltip text per category, as the table shows the value. */
  tooltips: string[];
  /** How the series is drawn: bars, a line, or marks only. */
  style: "bar" | "line" | "marks";
}

/** A chart as plain data: the browser turns it into a Chart.js configuration. */
export interface ChartConfig {
  type: "bar" | "line";
  horizontal: boolean;
  stacked: boolean;
  reverse: boolean;
  logarithmic: boolean;
  /** The categories are years, placed on the axis by time (1996, 1998, 2000 … spaced as years are). */
  years?: boolean;
  /** Title of the value axis. */
  axis: string;
  /** Category labels. */
  labels: string[];
  series: SeriesConfig[];
  /** What the canvas shows, for readers who cannot see it. */
  description: string;
}

/** A value computed from the rows, with how. */
export interface ComputedLine {
  label: string;
  value: string;
  method: string;
}
