import { describe, expect, it } from "vitest";
import type { ChartConfig } from "../lib/figures/types";
import { toChartJs, wrapLabel, type Palette } from "./chartjs-config";

const palette: Palette = {
  series: ["#111111", "#222222", "#333333"],
  text: "#000000",
  muted: "#555555",
  grid: "#cccccc",
  font: "sans-serif",
};
const base: ChartConfig = {
  type: "bar",
  horizontal: true,
  stacked: true,
  reverse: false,
  logarithmic: false,
  axis: "Percent",
  labels: ["A", "B"],
  series: [
    { label: "Agree", values: [1, 2], tooltips: ["a1", "a2"], style: "bar" },
    { label: "Strongly", values: [3, null], tooltips: ["s1", "s2"], style: "bar" },
    { label: "Printed", values: [4, 5], tooltips: ["p1", "p2"], style: "marks" },
  ],
  description: "A chart",
};
/** Chart.js's configuration as plain data (functions dropped), read by path. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test walks a loosely typed third-party structure
const plain = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, any>;

describe("toChartJs", () => {
  it("lays a horizontal stacked chart along y, with the values on x", () => {
    const c = plain(toChartJs(base, palette, false));
    expect(c.options.indexAxis).toBe("y");
    expect(c.options.scales.y).toMatchObject({ type: "category", stacked: true });
    expect(c.options.scales.x).toMatchObject({ type: "linear", stacked: true, title: { text: "Percent" } });
  });

  it("colours series in the palette's order and draws marks over the bars", () => {
    const c = plain(toChartJs(base, palette, false));
    expect(c.data.datasets.map((d: { backgroundColor: string }) => d.backgroundColor)).toEqual([
      "#111111",
      "#222222",
      "#000000",
    ]);
    const [bar, , marks] = c.data.datasets;
    expect(marks).toMatchObject({ type: "line", showLine: false, pointStyle: "crossRot", stack: "marks" });
    expect(marks.order).toBeLessThan(bar.order);
    expect(c.data.datasets[1].data).toEqual([3, null]);
  });

  it("turns animation off for readers who prefer reduced motion", () => {
    expect(toChartJs(base, palette, true).options?.animation).toBe(false);
    expect(toChartJs(base, palette, false).options?.animation).toMatchObject({ duration: 400 });
  });

  it("reverses a rank axis and uses a logarithmic one for lines when asked", () => {
    const c = plain(
      toChartJs(
        { ...base, type: "line", horizontal: false, reverse: true, logarithmic: true, stacked: false },
        palette,
        false,
      ),
    );
    expect(c.options.indexAxis).toBe("x");
    expect(c.options.scales.y).toMatchObject({ type: "logarithmic", reverse: true });
  });

  it("never puts bars on a logarithmic axis: a bar's length is its value", () => {
    const c = plain(toChartJs({ ...base, logarithmic: true }, palette, false));
    expect(c.options.scales.x.type).toBe("linear");
  });

  it("spaces years by time on a linear axis (1996, 1998, 2000, 2002, 2003 …)", () => {
    const years = ["1996", "1998", "2000", "2002", "2003"];
    const config: ChartConfig = {
      ...base,
      type: "line",
      horizontal: false,
      stacked: false,
      years: true,
      labels: years,
      series: [{ label: "Estimate", values: [1, 2, null, 4, 5], tooltips: years, style: "line" }],
    };
    const c = plain(toChartJs(config, palette, false));
    expect(c.options.scales.x).toMatchObject({ type: "linear", min: 1996, max: 2003 });
    expect(c.data.datasets[0].data).toEqual([
      { x: 1996, y: 1 },
      { x: 1998, y: 2 },
      { x: 2000, y: null },
      { x: 2002, y: 4 },
      { x: 2003, y: 5 },
    ]);
    const tick = toChartJs(config, palette, false).options?.scales?.["x"]?.ticks?.callback as unknown as (
      v: number,
    ) => string;
    expect(tick(2004)).toBe("2004");
  });

  it.each([
    ["Legal instruments", ["Legal", "instruments"]],
    ["Philanthropic responsibilities", ["Philanthropic", "responsibilities"]],
    ["Short one", "Short one"],
    ["Debt written off at once", ["Debt written off", "at once"]],
  ])("wraps the long label %s beside a bar into lines", (label, lines) => {
    expect(wrapLabel(label)).toEqual(lines);
  });

  it("wraps long category labels of a horizontal chart", () => {
    const c = plain(toChartJs({ ...base, labels: ["Philanthropic responsibilities", "B"] }, palette, false));
    expect(c.data.labels).toEqual([["Philanthropic", "responsibilities"], "B"]);
  });

  it("shows each value's tooltip as the table writes it", () => {
    const config = toChartJs(base, palette, false);
    const label = config.options?.plugins?.tooltip?.callbacks?.label as unknown as (item: {
      datasetIndex: number;
      dataIndex: number;
    }) => string;
    expect(label({ datasetIndex: 1, dataIndex: 0 })).toBe("s1");
    expect(label({ datasetIndex: 2, dataIndex: 1 })).toBe("p2");
  });

  it("hides the legend of a single series", () => {
    expect(toChartJs({ ...base, series: [base.series[0]!] }, palette, false).options?.plugins?.legend?.display).toBe(
      false,
    );
  });
});
