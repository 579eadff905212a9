import { appendFileSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { makeFixture } from "./fixture";
import { writeSyntheticArchive } from "../../src/tools/synthetic";
import { filesBelow, mergeParts } from "../../src/lib/build/merge";

const project = new URL("../../", import.meta.url).pathname;

/** Every file of a built site with its bytes, for comparing two builds. */
const tree = (dir: string) => new Map(filesBelow(dir).map((f) => [f, readFileSync(join(dir, f))]));

it("an archive built in two parts and merged equals the same archive built in one piece", async () => {
  const fixture = makeFixture();
  try {
    // The real issue (volume 11) and 24 synthetic articles: issues 100-1, 100-2 and 101-1.
    const content = join(fixture.dir, "archive");
    writeSyntheticArchive(join(project, "content"), content, 24);
    const build = async (name: string, part?: string) => {
      const { code, output } = await fixture.build({
        CABJ_PDF: "off",
        CABJ_SITE: "http://localhost:4321",
        CABJ_CONTENT: content,
        // Each part on a machine of its own: nothing cached is shared.
        CABJ_CACHE_DIR: join(fixture.dir, `cache-${name}`),
        // With an OAI repository, which the merge joins from the parts' records.
        CABJ_OAI_GATEWAY: "https://gateway.example.org/oai",
        CABJ_OAI_ADMIN_EMAIL: "archive@library.example.org",
        ...(part !== undefined && { CABJ_PART: part }),
      });
      expect(code, output).toBe(0);
      renameSync(join(fixture.dir, "dist"), join(fixture.dir, name));
      return join(fixture.dir, name);
    };
    const whole = await build("whole");
    const first = await build("first", "volumes:100");
    const second = await build("second", "volumes:11 issues:101-1");

    // Each part rendered its own issues' texts only.
    expect(existsSync(join(first, "issues/100-2/index.html"))).toBe(true);
    expect(existsSync(join(first, "issues/101-1/index.html"))).toBe(false);
    expect(existsSync(join(first, "issues/11-1/bang/index.html"))).toBe(false);
    expect(existsSync(join(second, "issues/11-1/bang/index.html"))).toBe(true);
    expect(existsSync(join(second, "issues/100-1/index.html"))).toBe(false);

    const merged = join(fixture.dir, "merged");
    await mergeParts([first, second], merged, "http://localhost:4321", "/");
    const expected = tree(whole);
    const actual = tree(merged);
    expect([...actual.keys()]).toEqual([...expected.keys()]);
    const differing = [...expected].filter(([file, bytes]) => !actual.get(file)?.equals(bytes)).map(([file]) => file);
    expect(differing).toEqual([]);
    expect(actual.has("oai.xml")).toBe(true);
    // The merged sitemap names pages of both parts.
    const sitemap = readFileSync(join(merged, "sitemap.xml"), "utf8");
    expect(sitemap).toContain("/issues/100-1/");
    expect(sitemap).toContain("/issues/11-1/bang/");

    // An edit to one article: only its issue's part is built again (with its cache), and the
    // merge equals a one-piece build of the edited archive.
    const edited = readdirSync(join(content, "issues/100-1/articles")).sort()[0]!;
    appendFileSync(join(content, "issues/100-1/articles", edited), "\nA sentence added by the test.\n");
    rmSync(first, { recursive: true });
    const firstAgain = await build("first", "volumes:100");
    rmSync(whole, { recursive: true });
    const wholeAgain = tree(await build("whole"));
    const remerged = join(fixture.dir, "remerged");
    await mergeParts([firstAgain, second], remerged, "http://localhost:4321", "/");
    const again = tree(remerged);
    expect([...again.keys()]).toEqual([...wholeAgain.keys()]);
    expect([...wholeAgain].filter(([file, bytes]) => !again.get(file)?.equals(bytes)).map(([file]) => file)).toEqual(
      [],
    );
    expect(again.get(`issues/100-1/${edited.replace(/\.md$/, "")}/index.html`)?.toString()).toContain(
      "A sentence added by the test.",
    );
    // Pages name the search index's entry by a fixed name: the edit changed its own issue's pages
    // only, not every page of the archive.
    const changedPages = [...again]
      .filter(([file, bytes]) => file.endsWith(".html") && !actual.get(file)?.equals(bytes))
      .map(([file]) => file);
    expect(changedPages).toContain(`issues/100-1/${edited.replace(/\.md$/, "")}/index.html`);
    expect(changedPages.filter((file) => !file.startsWith("issues/100-1/"))).toEqual([]);

    // An issue that no part built fails the merge, naming its page.
    await expect(mergeParts([first], join(fixture.dir, "partial"), "http://localhost:4321", "/")).rejects.toThrow(
      /issues\/101-1\/index\.html: expected the page of an issue of the archive/,
    );

    // Parts built from different content cannot be merged: the merge names a differing file.
    fixture.edit("archive/issues/100-1/issue.yaml", (text) => text.replace("year: 2019", "year: 2018"));
    const changed = await build("changed", "volumes:100");
    await expect(mergeParts([changed, second], join(fixture.dir, "bad"), "http://localhost:4321", "/")).rejects.toThrow(
      /index\.html: expected the same bytes in every part/,
    );
  } finally {
    fixture.dispose();
  }
}, 1_200_000);
