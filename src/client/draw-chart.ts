import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LineController,
  LineElement,
  LinearScale,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from "chart.js";
import type { ChartConfig } from "../lib/figures/types";
import { toChartJs, type Palette } from "./chartjs-config";

// Only what the site's charts use, so that the rest of Chart.js is never shipped.
Chart.register(
  BarController,
  BarElement,
  LineController,
  LineElement,
  PointElement,
  CategoryScale,
  LinearScale,
  LogarithmicScale,
  Tooltip,
  Legend,
);

const dark = window.matchMedia("(prefers-color-scheme: dark)");
const reducedMotion = window.matchMedia("(prefers-reduced-motion: reduce)");

function palette(element: HTMLElement): Palette {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  return {
    series: [read("--chart-1"), read("--chart-2"), read("--chart-3")],
    text: read("--text"),
    muted: read("--muted"),
    grid: read("--rule"),
    font: read("--sans"),
  };
}

/** Draws the chart whose plain configuration is in the container's `data-chart`; `still`: without animation. */
export function drawChart(container: HTMLElement, still = false): void {
  const canvas = container.querySelector("canvas");
  const source = container.dataset["chart"];
  if (!canvas || !source) return;
  const config = JSON.parse(source) as ChartConfig;
  let chart = new Chart(canvas, toChartJs(config, palette(container), still || reducedMotion.matches));
  // The page is narrower on paper: the chart is laid out again for it, as Chart.js advises.
  window.addEventListener("beforeprint", () => chart.resize());
  // A reader who switches to dark mode gets the chart redrawn in the dark palette.
  dark.addEventListener("change", () => {
    chart.destroy();
    chart = new Chart(canvas, toChartJs(config, palette(container), true));
  });
  container.dataset["drawn"] = "true";
}
