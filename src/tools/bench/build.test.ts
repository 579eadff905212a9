import { describe, expect, it } from "vitest";
import { failureReason } from "./build";

describe("failureReason: why a benchmark build failed, in the build's words", () => {
  it.each<[string, string, string]>([
    [
      "a content error, colours and all",
      "12:00:01 [content] Syncing content\n\u001b[31m[ERROR]\u001b[39m [InvalidContentEntryDataError] issues → 200-1 data does not match collection schema.\n  year: expected a year from 1900 to 2100\n  Location: content/issues/200-1/issue.yaml\n",
      "[ERROR] [InvalidContentEntryDataError] issues → 200-1 data does not match collection schema. year: expected a year from 1900 to 2100 Location: content/issues/200-1/issue.yaml",
    ],
    [
      "a crash with no error line: its last words",
      "building\n<--- Last few GCs --->\nFATAL: JavaScript heap out of memory\n",
      "building <--- Last few GCs ---> FATAL: JavaScript heap out of memory",
    ],
    ["silence", "\n\n", "it printed nothing"],
  ])("%s", (_, output, why) => {
    expect(failureReason(output)).toBe(why);
  });
});
