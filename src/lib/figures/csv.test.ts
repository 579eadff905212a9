import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv, toCsv } from "./csv";

describe("parseCsv", () => {
  it.each([
    [
      "plain",
      "a,b\n1,2\n3,4\n",
      ["a", "b"],
      [
        ["1", "2"],
        ["3", "4"],
      ],
    ],
    ["CRLF and no final line end", "a,b\r\n1,2", ["a", "b"], [["1", "2"]]],
    ["empty cells", "a,b,c\n1,,3\n", ["a", "b", "c"], [["1", "", "3"]]],
    [
      "quoted comma, quote and line end",
      'a,b\n"x, y","say ""hi""\nthere"\n',
      ["a", "b"],
      [["x, y", 'say "hi"\nthere']],
    ],
    ["blank lines skipped", "a\n\n1\n\n", ["a"], [["1"]]],
    ["byte-order mark", "\uFEFFa\n1\n", ["a"], [["1"]]],
  ])("%s", (_, text, header, rows) => {
    const csv = parseCsv(text);
    expect(csv.header).toEqual(header);
    expect(csv.rows.map((r) => r.cells)).toEqual(rows);
  });

  it("numbers rows by the line they start on", () => {
    expect(parseCsv('a\n"x\ny"\nz\n').rows.map((r) => r.line)).toEqual([2, 4]);
  });

  it.each([
    ["", 1, "empty"],
    ["a,b\n1\n", 2, "expected 2 cells"],
    ["a,b\n1,2,3\n", 2, "found 3"],
    ['a\n"open\n', 2, "not closed"],
    ['a\n"x"y\n', 2, "after a closing quote"],
    ['a\nx"y\n', 2, "quote inside an unquoted field"],
  ])("rejects %j at line %i", (text, line, message) => {
    expect(() => parseCsv(text)).toThrow(CsvSyntaxError);
    try {
      parseCsv(text);
    } catch (error) {
      expect((error as CsvSyntaxError).line).toBe(line);
      expect((error as Error).message).toContain(message);
    }
  });
});

describe("toCsv", () => {
  it("quotes only what needs quoting and reads back the same", () => {
    const rows = [
      ["name", "note"],
      ["Legal", 'printed "96.7", counts give 96.8'],
      ["a,b", "line\nbreak"],
    ];
    const text = toCsv(rows);
    expect(text.split("\r\n")[0]).toBe("name,note");
    const back = parseCsv(text);
    expect([back.header, ...back.rows.map((r) => r.cells)]).toEqual(rows);
  });
});
