import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv";
import { respondentsCsv, respondentsSpec } from "./fixtures";
import { surveyFigure } from "./survey";

const run = (csv = respondentsCsv, spec = respondentsSpec) =>
  surveyFigure("csr-respondents", spec, parseCsv(csv), "r.csv", "r.yaml");

describe("respondents of the CSR survey", () => {
  it("gives each group's share of the 187 returned, as the test recomputes it", () => {
    const { result, problems } = run();
    expect(problems).toEqual([]);
    const shares = result!.table.rows.map((row) => row[2]!.text);
    // 125/187 = 0.66844…, 33/187 = 0.17647…, 19/187 = 0.10160…, 10/187 = 0.05347…
    expect(shares).toEqual(["66.8", "17.6", "10.2", "5.3"]);
    expect(result!.table.foot!.map((c) => c.text)).toEqual(["Returned (usable)", "187", "100.0"]);
  });

  it("computes the response rate and finds the printed 78.9 right", () => {
    const { result } = run();
    expect(result!.computed[0]).toMatchObject({ label: "Response rate", value: "78.9 %" });
    expect(result!.errata).toEqual([]);
  });

  it("reports a printed response rate the counts contradict", () => {
    const { result } = run(respondentsCsv, { ...respondentsSpec, printedResponseRate: "79.9" });
    expect(result!.errata).toMatchObject([{ printed: "79.9", correct: "78.9" }]);
  });

  it.each([
    [
      "groups that do not add up to the returned",
      respondentsCsv.replace("state,10", "state,11"),
      "r.csv",
      "count",
      "125 + 33 + 19 + 11 = 188",
    ],
    ["a missing group", respondentsCsv.replace("state,10\n", ""), "r.csv", "rows", '"state"'],
    ["a bad number", respondentsCsv.replace("ngos,33", "ngos,3 3"), "r.csv", 'line 3, column "count"', '"3 3"'],
    [
      "a count above the returned",
      respondentsCsv.replace("companies,125", "companies,200"),
      "r.csv",
      'line 2, column "count"',
      "at most the 187",
    ],
  ])("%s names the file and the field", (_, csv, file, field, expected) => {
    expect(run(csv).problems).toContainEqual({ file, field, expected: expect.stringContaining(expected) });
  });

  it("more returned than distributed is an error in the YAML", () => {
    expect(run(respondentsCsv, { ...respondentsSpec, returned: 300 }).problems).toContainEqual({
      file: "r.yaml",
      field: "returned",
      expected: expect.stringContaining("237"),
    });
  });
});
