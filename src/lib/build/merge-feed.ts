/**
 * The Atom feed (feed.xml) of a build in parts. An entry's `updated` is when its article's file
 * last changed, so a feed every part wrote whole would be out of date in every part but the one
 * rebuilt after an edit. Each part writes the entries of its own issues' articles
 * (src/pages/[feed].xml.ts); the merge joins them as a one-piece build writes them: entries in the
 * site's order (issues newest first, articles in printed order), the feed's `updated` the newest.
 */

const entryStart = "\n  <entry>\n";
const updated = /^ {2}<updated>([^<]*)<\/updated>$/m;

/** The issue folder an entry belongs to, from its id (the article's URL, …/issues/<issue>/<slug>/). */
const issueOf = (entry: string) => /<id>[^<]*\/issues\/([^/<]+)\/[^/<]+\/<\/id>/.exec(entry)?.[1];

/**
 * One feed from the parts' feeds `parts` ([name, xml]), entries ordered by `issueOrder` (the
 * site's issue ids, newest first). Throws when the parts disagree on anything but their entries.
 */
export function mergeFeed(parts: readonly [string, string][], issueOrder: readonly string[]): string {
  const rank = new Map(issueOrder.map((id, i) => [id, i]));
  const cut = parts.map(([name, xml]) => {
    const first = xml.indexOf(entryStart);
    const end = xml.lastIndexOf("\n</feed>");
    if (first === -1 || end === -1) throw new Error(`${name}/feed.xml: expected an Atom feed with entries`);
    const head = xml.slice(0, first);
    const entries = xml
      .slice(first + 1, end)
      .split(/\n(?= {2}<entry>\n)/)
      .map((entry) => {
        const issue = issueOf(entry);
        const at = issue === undefined ? undefined : rank.get(issue);
        if (at === undefined)
          throw new Error(`${name}/feed.xml: expected entries of the archive's issues, found ${entry.slice(0, 200)}`);
        return { entry, at };
      });
    return { name, head, newest: updated.exec(head)?.[1] ?? "", entries, tail: xml.slice(end) };
  });
  const [first] = cut;
  if (!first) throw new Error("feed.xml: expected the feed of at least one part");
  const bare = (head: string) => head.replace(updated, "");
  for (const c of cut)
    if (bare(c.head) !== bare(first.head) || c.tail !== first.tail)
      throw new Error(
        `feed.xml: expected the same feed description in every part, but ${first.name} and ${c.name} differ: build every part from the same content and settings`,
      );
  const newest =
    cut
      .map((c) => c.newest)
      .sort()
      .at(-1) ?? "";
  const entries = cut
    .flatMap((c) => c.entries)
    // Stable: within an issue, entries keep their part's (printed) order.
    .sort((a, b) => a.at - b.at)
    .map((e) => e.entry);
  return `${first.head.replace(updated, `  <updated>${newest}</updated>`)}\n${entries.join("\n")}${first.tail}`;
}
