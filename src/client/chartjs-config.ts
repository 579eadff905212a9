import type { ChartConfiguration } from "chart.js";
import type { ChartConfig } from "../lib/figures/types";

/** The colours a chart is drawn in, read from the page's CSS so that dark mode applies. */
export interface Palette {
  /** Series colours, in order: distinguishable with the common colour-vision deficiencies. */
  series: string[];
  /** Text and marks. */
  text: string;
  muted: string;
  grid: string;
  font: string;
}

/**
 * A category label in lines of at most `width` characters, broken at spaces, so that a long label
 * beside a bar is wrapped on a phone rather than cut ("…nthropic responsibilities").
 */
export function wrapLabel(label: string, width = 16): string | string[] {
  if (label.length <= width) return label;
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A Chart.js configuration from a chart's plain data: the same for every chart, so that charts
 * differ only in their data. Pure: no DOM, so it is tested without a browser.
 */
export function toChartJs(config: ChartConfig, palette: Palette, reducedMotion: boolean): ChartConfiguration {
  const valueAxis = config.horizontal ? "x" : "y";
  const categoryAxis = config.horizontal ? "y" : "x";
  const font = { family: palette.font };
  const colour = (i: number) => palette.series[i % palette.series.length] ?? palette.text;
  let seriesIndex = 0;
  // Years stand on a linear axis, spaced by time; every other category is a label.
  const years = config.years === true && !config.horizontal;
  const points = (values: (number | null)[]) =>
    years ? values.map((y, i) => ({ x: Number(config.labels[i]), y })) : values;
  const datasets = config.series.map((series) => {
    if (series.style === "marks")
      return {
        type: "line" as const,
        label: series.label,
        data: points(series.values),
        showLine: false,
        stack: "marks",
        // Drawn last, over the bars it marks.
        order: 0,
        pointStyle: "crossRot" as const,
        pointRadius: 8,
        pointHoverRadius: 9,
        borderWidth: 2,
        borderColor: palette.text,
        backgroundColor: palette.text,
      };
    const c = colour(seriesIndex++);
    return series.style === "line"
      ? {
          type: "line" as const,
          label: series.label,
          data: points(series.values),
          borderColor: c,
          backgroundColor: c,
          pointRadius: 3,
          borderWidth: 2,
          spanGaps: false,
        }
      : {
          type: "bar" as const,
          label: series.label,
          data: series.values,
          borderColor: c,
          backgroundColor: c,
          order: 1,
          pointStyle: "rect" as const,
          ...(config.stacked ? {} : { stack: series.label }),
        };
  });
  const tooltips = config.series.map((s) => s.tooltips);
  const labels = config.horizontal ? config.labels.map((l) => wrapLabel(l)) : config.labels;
  const categoryScale = years
    ? {
        type: "linear",
        min: Number(config.labels[0]),
        max: Number(config.labels.at(-1)),
        // A year is a year: 2004, not "2,004".
        ticks: { color: palette.text, font, precision: 0, callback: (value: number | string) => String(value) },
        grid: { display: false },
        border: { color: palette.grid },
      }
    : {
        type: "category",
        stacked: config.stacked,
        ticks: { color: palette.text, font, autoSkip: false },
        grid: { display: false },
        border: { color: palette.grid },
      };
  return {
    type: config.type,
    data: years ? { datasets } : { labels, datasets },
    options: {
      indexAxis: config.horizontal ? "y" : "x",
      responsive: true,
      maintainAspectRatio: false,
      animation: reducedMotion ? false : { duration: 400 },
      interaction: { mode: "nearest", intersect: false, axis: categoryAxis },
      plugins: {
        legend: {
          display: config.series.length > 1,
          labels: {
            color: palette.text,
            font,
            usePointStyle: true,
            sort: (a, b) => (a.datasetIndex ?? 0) - (b.datasetIndex ?? 0),
          },
        },
        tooltip: {
          callbacks: {
            title: (items) => (items[0] ? (config.labels[items[0].dataIndex] ?? "") : ""),
            label: (item) => tooltips[item.datasetIndex]?.[item.dataIndex] ?? "",
          },
        },
      },
      scales: {
        [categoryAxis]: categoryScale,
        [valueAxis]: {
          // A bar's length must mean its value: bars never stand on a logarithmic axis.
          type: config.logarithmic && config.type === "line" ? "logarithmic" : "linear",
          stacked: config.stacked,
          reverse: config.reverse,
          title: { display: true, text: config.axis, color: palette.text, font: { ...font, size: 13 } },
          ticks: { color: palette.muted, font },
          grid: { color: palette.grid },
          border: { color: palette.grid },
        },
      },
    },
  } as ChartConfiguration;
}
