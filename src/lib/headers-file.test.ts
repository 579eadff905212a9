import { describe, expect, it } from "vitest";
import { headersFile, policyOf } from "./headers-file";

describe("headersFile", () => {
  it("sends every page its policy under the base path, after headers for all", () => {
    const text = headersFile("/journals/cabj/", [
      { path: "/journals/cabj/issues/11-1/", csp: "default-src 'self'; script-src 'self'" },
      { path: "/journals/cabj/", csp: "default-src  'self';\n script-src 'self' 'sha256-x'" },
    ]);
    expect(text).toBe(
      [
        "/journals/cabj/*",
        "  X-Content-Type-Options: nosniff",
        "  Referrer-Policy: strict-origin-when-cross-origin",
        "  X-Frame-Options: SAMEORIGIN",
        "",
        "/journals/cabj/",
        "  Content-Security-Policy: default-src 'self'; script-src 'self' 'sha256-x'",
        "",
        "/journals/cabj/issues/11-1/",
        "  Content-Security-Policy: default-src 'self'; script-src 'self'",
        "",
      ].join("\n"),
    );
  });
});

describe("policyOf", () => {
  it.each([
    [`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;">`, "default-src 'self'"],
    [`<meta charset="utf-8">`, undefined],
  ])("%s", (html, policy) => expect(policyOf(html)).toBe(policy));
});
