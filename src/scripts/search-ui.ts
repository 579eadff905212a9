/**
 * The search box, once a reader first uses it (loaded by src/components/SearchBox.astro on first
 * focus, or at once by the search page). It fetches the index entry, then, as the reader types,
 * only the files each query needs (src/lib/search/files.ts), and lays the results out with text
 * nodes only: nothing from the data is ever parsed as HTML. Every word it shows comes from the
 * page's interface strings (content/ui/<lang>.yaml), passed in the form's `data-search-ui`.
 *
 * A search takes a few milliseconds, so each keystroke searches at once (no debounce); an answer
 * that arrives after a newer keystroke's is dropped. Results are shown as soon as their texts'
 * titles are loaded (a title shard holds 256 texts', so after a few queries they are at hand); the
 * sections under each, with their snippets, follow once their files arrive and the titles are
 * drawn (the list is `aria-busy` until then), so that a keystroke waits for postings at most.
 *
 * Two places show results: a panel under the header box on every page, and the result list of
 * the search page, which also keeps the query in its address (?q=…&lang=…) so that it can be shared.
 */
import { createEngine, fileSource, type SearchEngine } from "../lib/search/engine";
import type { DocShardEntry, SearchEntry, SnippetFile, TitleShardEntry } from "../lib/search/files";
import type { Piece } from "../lib/search/highlight";
import { docsPerShard, docsPerTitleShard, isLanguageFilter, type LanguageFilter } from "../lib/search/options";
import {
  resultView,
  searchStringKeys,
  shownSections,
  statusMessage,
  type ResultView,
  type SearchStrings,
} from "../lib/search/present";
import { languages } from "../lib/languages";

/** Resolves once the browser has drawn the next frame. */
const afterDrawing = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
/** Resolves with `value` in a later task, so that the page can answer a key meanwhile. */
const nextTask = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 0));

/** The title shards loaded ahead when the archive has no more (1,024 texts). */
const titleShardsAhead = 4;

/** Results the header panel shows. */
const panelResults = 6;
/** Results the search page shows at first, and adds with each "More results". */
const pageResults = 10;

const mounted = new WeakSet<HTMLFormElement>();

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pieces as text nodes, the matched words inside <mark>. */
const pieces = (list: readonly Piece[]): Node[] =>
  list.map((p) => (p.hit ? element("mark", {}, p.text) : document.createTextNode(p.text)));

function resultItem(view: ResultView, base: string, strings: SearchStrings): HTMLLIElement {
  const item = element("li", { class: "search-result" });
  item.append(element("a", { href: `${base}${view.path}`, class: "title", lang: "en" }, ...pieces(view.title)));
  const meta = element("p", { class: "meta" });
  if (view.authors) meta.append(element("span", { lang: "en" }, ...pieces(view.authors)), " · ");
  meta.append(element("span", { lang: "en" }, view.source));
  item.append(meta);
  if (view.summaryLanguages.length > 0) {
    const found = element("p", { class: "meta" }, `${strings.searchFoundInSummary} `);
    view.summaryLanguages.forEach((lang, i) => {
      if (i > 0) found.append(", ");
      found.append(element("span", { lang }, languages[lang].name));
    });
    item.append(found);
  }
  if (view.sections.length > 0) item.append(sectionList(view, base, strings));
  return item;
}

/** The sections of a result: each links to its place in the text, with its snippet. */
function sectionList(view: ResultView, base: string, strings: SearchStrings): HTMLUListElement {
  return element(
    "ul",
    { class: "search-sections" },
    ...view.sections.map((s) =>
      element(
        "li",
        {},
        element(
          "a",
          { href: `${base}${view.path}${s.id === "" ? "" : `#${encodeURIComponent(s.id)}`}`, class: "section" },
          s.heading === undefined ? strings.searchTextStart : element("span", { lang: s.lang }, s.heading),
        ),
        " ",
        element("span", { class: "snippet", lang: s.lang }, ...pieces(s.pieces ?? [])),
      ),
    ),
  );
}

/** The interface strings in the form's `data-search-ui`; throws naming a missing one. */
function readStrings(json: string | undefined): SearchStrings {
  const parsed = JSON.parse(json ?? "{}") as Partial<Record<string, unknown>>;
  for (const key of searchStringKeys)
    if (typeof parsed[key] !== "string") throw new Error(`search: the page lacks the interface string "${key}"`);
  return parsed as SearchStrings;
}

/** Enhances the header search form; `page` holds the search page's result area, if this is it. */
export function mountSearch(form: HTMLFormElement, page?: HTMLElement): void {
  if (mounted.has(form)) return;
  mounted.add(form);
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const { searchIndex, searchFiles, searchBase } = form.dataset;
  if (!input || searchIndex === undefined || searchFiles === undefined || searchBase === undefined) return;
  const strings = readStrings(form.dataset["searchUi"]);
  const locale = form.closest("[lang]")?.getAttribute("lang") ?? "en";

  // Every file is named by its content's hash: fetched once, kept for the page's life.
  const files = new Map<string, Promise<unknown>>();
  const load = (name: string): Promise<unknown> => {
    let file = files.get(name);
    if (!file) {
      file = fetch(`${searchFiles}${name}`).then(async (r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
        return (await r.json()) as unknown;
      });
      file.catch(() => files.delete(name));
      files.set(name, file);
    }
    return file;
  };
  let entry: Promise<SearchEntry> | undefined;
  const loadEntry = () => {
    // The entry keeps its name from build to build: the browser asks whether it changed (the
    // files it names are named by their content, and cached for ever).
    entry ??= fetch(searchIndex, { cache: "no-cache" }).then((r) => {
      if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
      return r.json() as Promise<SearchEntry>;
    });
    entry.catch(() => (entry = undefined));
    return entry;
  };
  let engine: Promise<SearchEngine> | undefined;
  const loadEngine = () => (engine ??= loadEntry().then((e) => createEngine(fileSource(e, load))));
  /** Text `doc`'s entry in the shards `pick` names, `per` texts each. */
  const shardEntry = async <T>(pick: (e: SearchEntry) => string[], per: number, doc: number): Promise<T> => {
    const shard = (await load(pick(await loadEntry())[Math.floor(doc / per)] ?? "")) as T[];
    const found = shard[doc % per];
    if (!found) throw new Error(`search: no text ${doc} in its shard`);
    return found;
  };
  const titleEntry = (doc: number) => shardEntry<TitleShardEntry>((e) => e.titleShards, docsPerTitleShard, doc);
  const docEntry = (doc: number) => shardEntry<DocShardEntry>((e) => e.docShards, docsPerShard, doc);
  const snippetFile = (doc: DocShardEntry, section: number) => doc.snippetFiles[doc.sectionFiles[section] ?? -1] ?? "";
  const textIn = (file: SnippetFile, section: number) => file.texts[section - file.first] ?? "";
  /** The texts of a hit's shown sections. */
  const sectionTexts = async (sections: readonly number[], doc: DocShardEntry) =>
    new Map(
      await Promise.all(
        sections.map(async (s) => [s, textIn((await load(snippetFile(doc, s))) as SnippetFile, s)] as const),
      ),
    );

  // Where results go: the search page's own list, or a panel under the header box.
  const panel = page ?? element("div", { class: "search-panel", id: "search-panel", hidden: "" });
  if (!page) form.after(panel);
  const status =
    page?.querySelector<HTMLElement>("[data-search-status]") ??
    element("p", { class: "search-status", role: "status" });
  const list =
    page?.querySelector<HTMLOListElement>("[data-search-results]") ?? element("ol", { class: "search-results" });
  const allResults = element("a", { class: "search-all" }, strings.searchAllResults);
  const more = element("button", { type: "button", class: "search-more", hidden: "" }, strings.searchMore);
  if (!page) panel.append(status, list, allResults);
  else list.after(more);
  const everything = page?.querySelector<HTMLElement>("[data-search-everything]");
  page?.querySelector<HTMLElement>("[data-search-note]")?.setAttribute("hidden", "");
  const filters = page
    ? [...form.ownerDocument.querySelectorAll<HTMLInputElement>(`input[name=lang][form="${form.id}"]`)]
    : [];
  const filter = (): LanguageFilter => {
    const value = filters.find((f) => f.checked)?.value ?? "all";
    return isLanguageFilter(value) ? value : "all";
  };
  input.setAttribute("aria-describedby", `${form.id}-hint`);
  form.append(element("p", { id: `${form.id}-hint`, class: "sr-only" }, strings.searchHint));

  /**
   * Once the first results are complete: the titles of a small archive, all of them in a few
   * files, load ahead, so that no later keystroke waits for one.
   */
  let titlesAhead = false;
  const loadTitlesAhead = async () => {
    if (titlesAhead) return;
    titlesAhead = true;
    const { titleShards } = await loadEntry();
    if (titleShards.length <= titleShardsAhead) for (const name of titleShards) load(name).catch(() => undefined);
  };

  let generation = 0;
  let limit = page ? pageResults : panelResults;
  async function run(keepLimit = false): Promise<void> {
    const query = input?.value ?? "";
    const language = filter();
    const mine = (generation += 1);
    if (!keepLimit) limit = page ? pageResults : panelResults;
    if (page) {
      const url = new URL(location.href);
      if (query.trim() === "") url.searchParams.delete("q");
      else url.searchParams.set("q", query);
      if (language === "all") url.searchParams.delete("lang");
      else url.searchParams.set("lang", language);
      history.replaceState(null, "", url);
    }
    if (query.trim() === "") {
      list.replaceChildren();
      status.textContent = "";
      more.hidden = true;
      everything?.removeAttribute("hidden");
      if (!page) panel.hidden = true;
      return;
    }
    let views: ResultView[];
    let message: string;
    let total = 0;
    /** The sections still loading: each result's full view, once its sections' text is in. */
    let pending: Promise<ResultView | undefined>[];
    try {
      const response = await (await loadEngine()).search(query, { language });
      if (mine !== generation) return;
      total = response.hits.length;
      const hits = response.hits.slice(0, limit);
      // The titles go on screen first. The sections under each result (headings, links, snippets)
      // follow: their files load meanwhile, and their snippets are cut in a task of their own once
      // the browser has drawn the titles (folding a long section's words takes longer than the search).
      // (Asking for files costs the page time: the sections' files are asked for in later tasks.)
      const docs = hits.map((hit) => nextTask(hit.doc).then(docEntry));
      for (const doc of docs) doc.catch(() => undefined);
      const titles = await Promise.all(hits.map((hit) => titleEntry(hit.doc)));
      if (mine !== generation) return;
      const drawn = afterDrawing();
      views = hits.map((hit, i) =>
        resultView(hit, titles[i] as TitleShardEntry, undefined, new Map(), response.highlight, language),
      );
      pending = hits.map(async (hit, i) => {
        const doc = await docs[i];
        await nextTask(undefined);
        if (!doc || mine !== generation) return undefined;
        const texts = await sectionTexts(shownSections(hit, doc, language), doc);
        await drawn;
        await nextTask(undefined);
        if (mine !== generation) return undefined;
        return resultView(hit, titles[i] as TitleShardEntry, doc, texts, response.highlight, language);
      });
      message = statusMessage(query, response, strings, locale);
    } catch (error) {
      views = [];
      pending = [];
      message = strings.searchUnavailable.replace("{error}", String(error));
    }
    if (mine !== generation) return;
    const items = views.map((v) => resultItem(v, searchBase ?? "/", strings));
    list.replaceChildren(...items);
    status.textContent = message;
    if (pending.length > 0) {
      list.setAttribute("aria-busy", "true");
      void Promise.all(
        pending.map(async (full, i) => {
          const view = await full;
          if (!view || mine !== generation || view.sections.length === 0) return;
          // The sections are added: the title link (and the focus, if the reader is on it) stays.
          items[i]?.append(sectionList(view, searchBase ?? "/", strings));
        }),
      )
        .catch(() => undefined)
        .finally(() => {
          if (mine === generation) list.removeAttribute("aria-busy");
          void loadTitlesAhead();
        });
    } else list.removeAttribute("aria-busy");
    more.hidden = total <= limit;
    everything?.setAttribute("hidden", "");
    allResults.href = `${form.action}?q=${encodeURIComponent(query)}`;
    if (!page) panel.hidden = false;
  }

  input.addEventListener("input", () => void run());
  for (const f of filters) f.addEventListener("change", () => void run());
  more.addEventListener("click", () => {
    limit += pageResults;
    void run(true);
  });

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a.title")];
  const close = () => {
    // A search still running must not reopen what the reader has just closed.
    generation += 1;
    if (!page) panel.hidden = true;
    input.focus();
  };
  input.addEventListener("keydown", (event) => {
    if (event.key === "ArrowDown" && links().length > 0) {
      event.preventDefault();
      if (!page) panel.hidden = false;
      links()[0]?.focus();
    } else if (event.key === "Escape" && !page && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  list.addEventListener("keydown", (event) => {
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const next = at + (event.key === "ArrowDown" ? 1 : -1);
      if (next < 0) input.focus();
      else all[Math.min(next, all.length - 1)]?.focus();
    } else if (event.key === "Escape") {
      event.preventDefault();
      close();
    }
  });
  if (!page)
    document.addEventListener("click", (event) => {
      if (!form.contains(event.target as Node) && !panel.contains(event.target as Node)) panel.hidden = true;
    });

  if (page) {
    const params = new URLSearchParams(location.search);
    const q = params.get("q");
    const lang = params.get("lang");
    if (q !== null) input.value = q;
    for (const f of filters) f.checked = f.value === (lang !== null && isLanguageFilter(lang) ? lang : "all");
  }
  // The reader may have typed before this module arrived.
  if (input.value.trim() !== "") void run();
  else void loadEngine();
}
