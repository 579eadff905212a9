/**
 * The search box, once a reader first uses it (loaded by src/components/SearchBox.astro on first
 * focus, or at once by the search page). It fetches the index, searches as the reader types, and
 * lays the results out with text nodes only: nothing from the data is ever parsed as HTML.
 *
 * Two places show results: a panel under the header box on every page, and the result list of
 * the search page, which also keeps the query in its address (?q=…&lang=…) so that it can be shared.
 */
import type { SearchIndex, ShardRecord } from "../lib/search/build";
import { createEngine, type SearchEngine } from "../lib/search/engine";
import type { Piece } from "../lib/search/highlight";
import { isLanguageFilter, type LanguageFilter } from "../lib/search/options";
import { resultView, statusMessage, type ResultView } from "../lib/search/present";
import { languages } from "../lib/languages";

/** How long typing must pause before a search runs. */
const debounceMs = 120;
/** Results the header panel shows; the search page shows them all. */
const panelResults = 6;

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

function resultItem(view: ResultView, base: string): HTMLLIElement {
  const item = element("li", { class: "search-result" });
  item.append(element("a", { href: `${base}${view.path}`, class: "title" }, ...pieces(view.title)));
  const meta = element("p", { class: "meta" });
  if (view.authors) meta.append(...pieces(view.authors), " · ");
  meta.append(view.source);
  item.append(meta);
  if (view.summaryLanguages.length > 0) {
    const found = element("p", { class: "meta" }, "Found in the summary in: ");
    view.summaryLanguages.forEach((lang, i) => {
      if (i > 0) found.append(", ");
      found.append(element("span", { lang }, languages[lang].name));
    });
    item.append(found);
  }
  if (view.passage)
    item.append(
      element(
        "p",
        { class: "snippet" },
        element("span", { class: "snippet-label" }, `${view.passage.label}: `),
        element("span", { lang: view.passage.lang }, ...pieces(view.passage.pieces)),
      ),
    );
  return item;
}

/** Enhances the header search form; `page` holds the search page's result area, if this is it. */
export function mountSearch(form: HTMLFormElement, page?: HTMLElement): void {
  if (mounted.has(form)) return;
  mounted.add(form);
  const input = form.querySelector<HTMLInputElement>("input[name=q]");
  const { searchIndex, searchShards, searchBase } = form.dataset;
  if (!input || searchIndex === undefined || searchShards === undefined || searchBase === undefined) return;

  let engine: Promise<SearchEngine> | undefined;
  const loadEngine = () =>
    (engine ??= fetch(searchIndex)
      .then((r) => {
        if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
        return r.json() as Promise<SearchIndex>;
      })
      .then(createEngine));
  const shards = new Map<string, Promise<Map<string, ShardRecord>>>();
  const loadShard = (name: string) => {
    let shard = shards.get(name);
    if (!shard) {
      shard = fetch(`${searchShards}${encodeURIComponent(name)}.json`)
        .then((r) => {
          if (!r.ok) throw new Error(`${r.status} ${r.statusText}`);
          return r.json() as Promise<ShardRecord[]>;
        })
        .then((records) => new Map(records.map((r) => [r.path, r])));
      shards.set(name, shard);
    }
    return shard;
  };

  // Where results go: the search page's own list, or a panel under the header box.
  const panel = page ?? element("div", { class: "search-panel", id: "search-panel", hidden: "" });
  if (!page) form.after(panel);
  const status =
    page?.querySelector<HTMLElement>("[data-search-status]") ??
    element("p", { class: "search-status", role: "status" });
  const list =
    page?.querySelector<HTMLOListElement>("[data-search-results]") ?? element("ol", { class: "search-results" });
  const allResults = element("a", { class: "search-all" }, "All results");
  if (!page) panel.append(status, list, allResults);
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
  form.append(
    element(
      "p",
      { id: `${form.id}-hint`, class: "sr-only" },
      "Results appear as you type. Press Down to move into them, Escape to close them.",
    ),
  );

  let generation = 0;
  async function run(): Promise<void> {
    const query = input?.value ?? "";
    const language = filter();
    const mine = (generation += 1);
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
      everything?.removeAttribute("hidden");
      if (!page) panel.hidden = true;
      return;
    }
    let views: ResultView[];
    let message: string;
    try {
      const response = (await loadEngine()).search(query, { language });
      const hits = page ? response.hits : response.hits.slice(0, panelResults);
      const records = await Promise.all(hits.map(async (hit) => (await loadShard(hit.shard)).get(hit.path)));
      views = hits.flatMap((hit, i) => {
        const record = records[i];
        return record ? [resultView(hit, record, response.highlight, language)] : [];
      });
      message = statusMessage(query, response, response.hits.length);
    } catch (error) {
      views = [];
      message = `Search is not available: the index could not be loaded (${String(error)}).`;
    }
    if (mine !== generation) return;
    list.replaceChildren(...views.map((v) => resultItem(v, searchBase ?? "/")));
    status.textContent = message;
    everything?.setAttribute("hidden", "");
    allResults.href = `${form.action}?q=${encodeURIComponent(query)}`;
    if (!page) panel.hidden = false;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), debounceMs);
  };
  input.addEventListener("input", schedule);
  for (const f of filters) f.addEventListener("change", () => void run());

  const links = () => [...list.querySelectorAll<HTMLAnchorElement>("a.title")];
  const close = () => {
    // A search still waiting or running must not reopen what the reader has just closed.
    clearTimeout(timer);
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
