import { execFileSync } from "node:child_process";
import { cpSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { Cite } from "@citation-js/core";
import "@citation-js/plugin-bibtex";
import "@citation-js/plugin-ris";
import { chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { makeFixture, type Fixture } from "./fixture";
import { serve } from "../serve";
import { testChromium } from "../../src/lib/galleys/printer";

const fixtures = new URL("../fixtures/hostile/", import.meta.url).pathname;
const title = `Hostile </title><script>alert('title')</script> & "quotes" {alert('expr')}`;

let fixture: Fixture;
let files: string[] = [];
const dist = () => join(fixture.dir, "dist");
const read = (path: string) => readFileSync(join(dist(), path), "utf8");

beforeAll(async () => {
  fixture = makeFixture();
  cpSync(join(fixtures, "issues"), join(fixture.dir, "content", "issues"), { recursive: true });
  cpSync(join(fixtures, "authors"), join(fixture.dir, "content", "authors"), { recursive: true });
  const { code, output } = await fixture.build({
    CABJ_PDF: "off",
    CABJ_SITE: "https://library.example.org",
    CABJ_OAI_GATEWAY: "https://gateway.example.org/oai",
    CABJ_OAI_ADMIN_EMAIL: "admin@example.org",
  });
  expect(code, output).toBe(0);
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? walk(full) : [relative(dist(), full)];
    });
  files = walk(dist()).filter((f) => /\.(html|xml|json|bib|ris|txt|csv)$/.test(f));
}, 300_000);

afterAll(() => fixture?.dispose());

describe("hostile content is data, never code, in every output", () => {
  it("the hostile article was built", () => {
    expect(files).toContain("issues/99-1/hostile/index.html");
  });

  it("no page runs the attacks in a real browser, nor carries them as elements, handlers or links", async () => {
    const browser = await chromium.launch({ ...testChromium(), args: ["--no-sandbox"] });
    const server = await serve(dist(), 4391, "/");
    try {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on("dialog", (dialog) => {
        dialogs.push(`${page.url()}: ${dialog.message()}`);
        void dialog.dismiss();
      });
      const injected: string[] = [];
      for (const file of files.filter((f) => f.endsWith(".html"))) {
        await page.goto(`http://127.0.0.1:4391/${file.replace(/index\.html$/, "")}`);
        await page.mouse.wheel(0, 100_000);
        injected.push(
          ...(await page.evaluate(() =>
            [...document.querySelectorAll("*")].flatMap((el) => {
              const handlers = [...el.attributes].filter((a) => a.name.startsWith("on")).map((a) => a.name);
              const links = ["href", "src", "action"].filter((a) => /^\s*javascript:/i.test(el.getAttribute(a) ?? ""));
              const foreign =
                ["evil", "svg", "b"].includes(el.localName) ||
                (el.localName === "img" && el.getAttribute("src") === "x");
              const script =
                el.localName === "script" &&
                /alert\(/.test(el.textContent ?? "") &&
                el.getAttribute("type") !== "application/ld+json";
              return [...handlers, ...links, ...(foreign || script ? [el.localName] : [])].map(
                (what) => `${location.pathname}: ${what}`,
              );
            }),
          )),
        );
      }
      expect(dialogs).toEqual([]);
      expect(injected).toEqual([]);
    } finally {
      await browser.close();
      server.close();
    }
  }, 120_000);

  it("no XML file carries the attacks as elements", () => {
    for (const file of files.filter((f) => f.endsWith(".xml")))
      expect(read(file), file).not.toMatch(/<evil\/>|<script>|<img /);
  });

  it("the page shows the hostile fields as text", () => {
    const html = read("issues/99-1/hostile/index.html");
    expect(html).toContain("&lt;/title&gt;&lt;script&gt;alert(");
    expect(html).toMatch(/Mallory &lt;script&gt;alert\(/);
    expect(html).toContain("{alert(");
    expect(html).toMatch(/Summary &lt;script&gt;alert\(/);
  });

  it("every JSON-LD block parses and carries the title exactly", () => {
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      for (const [, json] of read(file).matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(() => JSON.parse(json!), file).not.toThrow();
      }
    }
    const blocks = [
      ...read("issues/99-1/hostile/index.html").matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g),
    ].map(([, json]) => JSON.stringify(JSON.parse(json!)));
    expect(blocks.some((b) => b.includes(JSON.stringify(title).slice(1, -1)))).toBe(true);
  });

  it("every XML file is well-formed (feed, sitemap, OAI, JATS)", () => {
    const xml = files.filter((f) => f.endsWith(".xml"));
    expect(xml).toEqual(
      expect.arrayContaining(["feed.xml", "sitemap.xml", "oai.xml", "issues/99-1/hostile/hostile.xml"]),
    );
    // xmllint (libxml2) reads each file as an XML processor must, and names the first error it finds.
    for (const file of xml) {
      expect(
        () => execFileSync("xmllint", ["--noout", "--nonet", join(dist(), file)], { stdio: "pipe" }),
        file,
      ).not.toThrow();
    }
    expect(read("feed.xml")).toContain("&lt;/title&gt;&lt;script&gt;");
  });

  it("the citation files parse back to the exact title and author", async () => {
    const csl = JSON.parse(read("issues/99-1/hostile/cite.json")) as { title: string }[];
    expect(csl[0]!.title).toBe(title);
    for (const file of ["cite.bib", "cite.ris"]) {
      const parsed = (await Cite.async(read(`issues/99-1/hostile/${file}`))).data as {
        title: string;
        author: { family?: string; literal?: string }[];
      }[];
      expect(parsed[0]!.title, file).toBe(title);
      expect(JSON.stringify(parsed[0]!.author), file).toContain("Mallory");
    }
  });
});
