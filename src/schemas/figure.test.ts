import { describe, expect, it } from "vitest";
import { figureSchema } from "./figure";

const table = {
  kind: "table",
  text: "bang",
  title: "Income",
  place: "Section 1",
  provenance: "Section 1.",
  columns: [
    { key: "year", label: "Year", type: "key" },
    { key: "income", label: "Income", type: "number", chart: true },
  ],
  chart: { type: "bar", axis: "US$" },
};

/** The paths and messages of a failed parse, or [] when it passes. */
const issues = (value: unknown) => {
  const result = figureSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => [i.path.join("."), i.message]);
};

describe("figureSchema", () => {
  it("accepts a well-formed table", () => {
    expect(issues(table)).toEqual([]);
  });

  it.each([
    ["an unknown kind", { ...table, kind: "pie" }, "kind", "expected `kind`"],
    ["a missing provenance", { ...table, provenance: undefined }, "provenance", "where the numbers come from"],
    ["an unknown field", { ...table, colour: "red" }, "", "colour"],
    [
      "a first column that is not the key",
      { ...table, columns: [table.columns[1], table.columns[0]] },
      "columns.0.type",
      "first column to be the key column",
    ],
    ["a repeated column", { ...table, columns: [...table.columns, table.columns[1]] }, "columns.2.key", "repeated"],
    [
      "a chart of a text column",
      { ...table, columns: [table.columns[0], { key: "name", label: "Name", type: "text", chart: true }] },
      "columns.1.chart",
      "only numeric columns",
    ],
    [
      "a chart with no series",
      { ...table, columns: [table.columns[0], { key: "income", label: "Income", type: "number" }] },
      "chart",
      "chart: true",
    ],
    [
      "a qualifier that is not a text column",
      { ...table, columns: [...table.columns, { key: "x", label: "X", type: "number", qualifier: "income" }] },
      "columns.2.qualifier",
      "qualified by a text column",
    ],
    [
      "a column key with capitals",
      { ...table, columns: [table.columns[0], { key: "Income", label: "Income", type: "number", chart: true }] },
      "columns.1.key",
      "lower-case",
    ],
    ["a chart type it cannot draw", { ...table, chart: { type: "pie", axis: "x" } }, "chart.type", "bar or line"],
  ])("rejects %s", (_, value, path, message) => {
    expect(issues(value)).toContainEqual([path, expect.stringContaining(message)]);
  });

  it("rejects a survey table with a count of respondents that is not a whole number", () => {
    const likert = {
      kind: "likert",
      text: "t",
      title: "T",
      place: "P",
      provenance: "P",
      n: 18.7,
      answers: [{ key: "agree", label: "Agree" }],
      total: "Total",
      categories: [{ key: "a", label: "A" }],
    };
    expect(issues(likert)).toContainEqual(["n", expect.stringContaining("whole number")]);
  });
});
