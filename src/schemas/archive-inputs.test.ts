import { describe, expect, it } from "vitest";
import { authorSchema } from "./author";
import { articleSchema } from "./article";
import { journalSchema } from "./journal";

/** The first problem a schema finds: its field path and message. */
function problem(
  schema: {
    safeParse(v: unknown): { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } };
  },
  value: unknown,
) {
  const result = schema.safeParse(value);
  const issue = result.error?.issues[0];
  return issue ? { field: issue.path.join("."), message: issue.message } : undefined;
}

const journal = {
  title: "Central Asia Business Journal",
  titleSource: "s",
  publisher: { name: "KIMEP University", source: "s" },
  issn: { print: "2073-5901", electronic: "1991-0002", source: "s" },
  sections: [{ id: "research", label: "Research papers" }],
  sectionsSource: "s",
};
const companion = {
  title: "T",
  authors: [],
  provenance: { statement: "s", source: "s", venue: "IJCSRP", issn: "2409-5532", date: "2018-03-29" },
};

// The bad inputs the archive's metadata depends on: each fails with the field and what was expected.
describe("bad input for scholarly metadata", () => {
  it.each([
    [
      "an author without a name",
      authorSchema,
      { affiliation: "KIMEP University" },
      "name",
      "expected the author's name",
    ],
    [
      "an author whose name is blank",
      authorSchema,
      { name: "  " },
      "name",
      "expected the author's name, got an empty string",
    ],
    [
      "a journal ISSN with a bad check digit",
      journalSchema,
      { ...journal, issn: { ...journal.issn, print: "2073-5902" } },
      "issn.print",
      "valid check digit",
    ],
    [
      "a venue ISSN with a bad check digit",
      articleSchema,
      { ...companion, provenance: { ...companion.provenance, issn: "2409-5533" } },
      "provenance.issn",
      "valid check digit",
    ],
    [
      "a date that does not exist",
      articleSchema,
      { ...companion, provenance: { ...companion.provenance, date: "2018-02-30" } },
      "provenance.date",
      "a real date in the form YYYY-MM-DD",
    ],
    [
      "a date that does not parse",
      articleSchema,
      { ...companion, provenance: { ...companion.provenance, date: "March 29, 2018" } },
      "provenance.date",
      "a real date in the form YYYY-MM-DD",
    ],
    [
      "a year that is not a year",
      articleSchema,
      { ...companion, provenance: { ...companion.provenance, year: "20" } },
      "provenance.year",
      "four-digit year",
    ],
  ])("%s", (_, schema, value, field, message) => {
    const found = problem(schema, value);
    expect(found?.field).toBe(field);
    expect(found?.message).toContain(message);
  });

  it.each([
    ["a valid journal", journalSchema, journal],
    ["a valid companion text", articleSchema, companion],
  ])("accepts %s", (_, schema, value) => expect(problem(schema, value)).toBeUndefined());
});
