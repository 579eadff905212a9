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
 * A Chart.js configuration from a chart's plain data: the same for every chart, so that charts
 * differ only in their data. Pure: no DOM, so it is tested without a browser.
 */
export function toChartJs(config: ChartConfig, palette: Palette, reducedMotion: boolean): ChartConfiguration {
  const valueAxis = config.horizontal ? "x" : "y";
  const categoryAxis = config.horizontal ? "y" : "x";
  const font = { family: palette.font };
  const colour = (i: number) => palette.series[i % palette.series.length] ?? palette.text;
  let seriesIndex = 0;
  const datasets = config.series.map((series) => {
    if (series.style === "marks")
      return {
        type: "line" as const,
        label: series.label,
        data: series.values,
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
          data: series.values,
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
  return {
    type: config.type,
    data: { labels: config.labels, datasets },
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
            label: (item) => tooltips[item.datasetIndex]?.[item.dataIndex] ?? "",
          },
        },
      },
      scales: {
        [categoryAxis]: {
          type: "category",
          stacked: config.stacked,
          ticks: { color: palette.text, font },
          grid: { display: false },
          border: { color: palette.grid },
        },
        [valueAxis]: {
          type: config.logarithmic ? "logarithmic" : "linear",
          stacked: config.stacked,
          reverse: config.reverse,
          title: { display: true, text: config.axis, color: palette.muted, font },
          ticks: { color: palette.muted, font },
          grid: { color: palette.grid },
          border: { color: palette.grid },
        },
      },
    },
  } as ChartConfiguration;
}
