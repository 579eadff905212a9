import { describe, expect, it } from "vitest";
import { linkKind } from "./links";

describe("linkKind", () => {
  it.each([
    ["https://www.oecd.org/x.pdf", "external"],
    ["http://hdr.undp.org/", "external"],
    ["//example.org/", "external"],
    ["mailto:gp@geraldpech.net", "internal"],
    ["#user-content-fn-2", "internal"],
    ["/issues/11-1/", "internal"],
    ["../bang/", "internal"],
    ["javascript:alert(1)", "forbidden"],
    ["JavaScript:alert(1)", "forbidden"],
    ["data:text/html,<script>", "forbidden"],
    ["vbscript:x", "forbidden"],
  ])("%s → %s", (href, kind) => expect(linkKind(href)).toBe(kind));
});
