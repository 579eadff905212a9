import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { resolveOrigin, siteOrigin } from "./site-origin";

describe("resolveOrigin", () => {
  it.each([
    [undefined, undefined, { origin: undefined, from: undefined }],
    ["", undefined, { origin: undefined, from: undefined }],
    ["  ", null, { origin: undefined, from: undefined }],
    ["https://library.example.edu", undefined, { origin: "https://library.example.edu", from: "CABJ_SITE" }],
    [
      "https://library.example.edu/",
      "https://other.example",
      { origin: "https://library.example.edu", from: "CABJ_SITE" },
    ],
    [undefined, "https://journal.example.kz", { origin: "https://journal.example.kz", from: "journal.yaml" }],
    ["http://127.0.0.1:5140", undefined, { origin: "http://127.0.0.1:5140", from: "CABJ_SITE" }],
  ])("CABJ_SITE %j, journal.yaml site %j → %j", (env, journalSite, expected) => {
    expect(resolveOrigin(env, journalSite, "content/journal.yaml")).toEqual(expected);
  });

  it.each([
    ["library.example.edu", undefined, /^CABJ_SITE: expected the site's origin/],
    ["ftp://library.example.edu", undefined, /^CABJ_SITE: expected an http or https origin/],
    ["https://library.example.edu/journals/cabj/", undefined, /^CABJ_SITE: .*the path goes in CABJ_BASE/],
    [undefined, "not a url", /^content\/journal\.yaml: site: expected the site's origin/],
    [undefined, 4321, /^content\/journal\.yaml: site: expected the site's origin \(a string\)/],
  ])("CABJ_SITE %j, journal.yaml site %j fails naming where", (env, journalSite, message) => {
    expect(() => resolveOrigin(env, journalSite, "content/journal.yaml")).toThrow(message);
  });
});

describe("siteOrigin", () => {
  const dir = mkdtempSync(join(tmpdir(), "cabj-origin-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads `site` from the content folder's journal.yaml, and CABJ_SITE overrides it", () => {
    writeFileSync(join(dir, "journal.yaml"), "title: T\nsite: https://journal.example.kz\n");
    expect(siteOrigin({}, dir)).toEqual({ origin: "https://journal.example.kz", from: "journal.yaml" });
    expect(siteOrigin({ CABJ_SITE: "https://mirror.example.org" }, dir).origin).toBe("https://mirror.example.org");
  });

  it("has no origin when neither is set", () => {
    writeFileSync(join(dir, "journal.yaml"), "title: T\n");
    expect(siteOrigin({}, dir)).toEqual({ origin: undefined, from: undefined });
    expect(siteOrigin({}, join(dir, "no-such-folder"))).toEqual({ origin: undefined, from: undefined });
  });
});
