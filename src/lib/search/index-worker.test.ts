import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { workerPool } from "../build/pool";
import { buildSearch, type SearchRecord } from "./build";
import { record, section } from "./fixtures";
import { entryFile, searchFiles } from "./files";
import { foldText, joinWords } from "./fold";
import type { IndexFiles, IndexTask } from "./index-worker";

const records: SearchRecord[] = [
  record("issues/11-1/a/", { title: "Kazakhstan and Kyrgyzstan", authors: "Gerald Pech" }, [
    section("abstract", "abstract", "Corruption in Astana."),
    section("1-introduction", "body", "Corruption, corruption and Kazakhstan."),
    section("summary-ru", "ru", "Коррупция в Казахстане.", "ru"),
  ]),
  {
    path: "companions/b/",
    kind: "companion",
    source: "Companion text",
    fields: { title: "Concentric spheres" },
    sections: [section("1-one", "body", "Қазақстан and the Eurasian Economic Union.", "kk")],
  },
];
/** Each record's body sections folded here, as the body thread folds them; the others left to the index. */
const task = (record: SearchRecord): IndexTask => ({
  add: record,
  folded: record.sections.map((s) => (s.field === "body" ? joinWords(foldText(s.text)) : null)),
});

const expected = searchFiles(buildSearch(records));
const pool = workerPool<IndexTask, IndexFiles | null>("lib/search/index-worker.ts", undefined, 1);
afterAll(() => pool.close());

describe("the search index's thread", () => {
  it("makes the files searchFiles makes of buildSearch's index, the entry apart", async () => {
    for (const r of records) expect(await pool.run(task(r))).toBeNull();
    const made = await pool.run({ done: {} });
    expect(made?.entry).toBe(expected.get(entryFile));
    expect(new Map(made?.files)).toEqual(new Map([...expected].filter(([name]) => name !== entryFile)));
  });

  it("writes the files to the folder it is given, and starts a new index after each", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cabj-index-"));
    try {
      for (const r of records) await pool.run(task(r));
      const made = await pool.run({ done: { dir } });
      expect(made).toEqual({ entry: expected.get(entryFile), files: [] });
      const written = readdirSync(dir).sort();
      expect(written).toEqual([...expected.keys()].filter((name) => name !== entryFile).sort());
      for (const name of written) expect(readFileSync(join(dir, name), "utf8")).toBe(expected.get(name));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("refuses a text whose folded words do not match its sections, naming it", async () => {
    await expect(pool.run({ add: records[0]!, folded: [null] })).rejects.toThrow(
      'search index: "issues/11-1/a/" has 3 sections and 1 folded',
    );
    await pool.run({ done: {} });
  });

  it("refuses a text added twice, as buildSearch does", async () => {
    await pool.run(task(records[1]!));
    await expect(pool.run(task(records[1]!))).rejects.toThrow('two texts have the path "companions/b/"');
    await pool.run({ done: {} });
  });
});
