/**
 * Which JavaScript files a built page loads at once, and which it loads later: from the page's
 * module scripts, static imports are followed for the first set and dynamic imports for the
 * second. Pure: the caller reads the files.
 */

/** A page's module scripts: `src` of external ones, and the code of inline ones. */
export function pageScripts(html: string): { src: string[]; inline: string[] } {
  const src: string[] = [];
  const inline: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attributes = match[1] ?? "";
    if (/type="application\/(ld\+)?json"/.test(attributes)) continue;
    const source = /\bsrc="([^"]+)"/.exec(attributes)?.[1];
    if (source) src.push(source);
    else if ((match[2] ?? "").trim() !== "") inline.push(match[2]!);
  }
  return { src, inline };
}

/** The relative specifiers a module imports, statically and dynamically. */
export function imports(code: string): { static: string[]; dynamic: string[] } {
  const found = { static: new Set<string>(), dynamic: new Set<string>() };
  for (const m of code.matchAll(/\bimport\s*\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)) found.dynamic.add(m[1]!);
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+)["']/g)) found.static.add(m[1]!);
  return { static: [...found.static], dynamic: [...found.dynamic] };
}

/**
 * The files loaded before anything is triggered (`initial`) and those loaded once every dynamic
 * import has run (`later`), as paths relative to the site root.
 */
export function scriptClosure(
  html: string,
  pagePath: string,
  readModule: (path: string) => string,
): { initial: string[]; inline: string[]; later: string[] } {
  const { src, inline } = pageScripts(html);
  const resolve = (from: string, specifier: string) =>
    new URL(specifier, new URL(from, "http://site/")).pathname.replace(/^\//, "");
  const initial = new Set<string>();
  const pending: string[] = [];
  const visit = (path: string, into: Set<string>) => {
    if (initial.has(path) || into.has(path)) return;
    into.add(path);
    const deps = imports(readModule(path));
    for (const d of deps.static) visit(resolve(path, d), into);
    for (const d of deps.dynamic) pending.push(resolve(path, d));
  };
  for (const s of src) visit(resolve(pagePath, s), initial);
  for (const code of inline) {
    const deps = imports(code);
    for (const d of deps.static) visit(resolve(pagePath, d), initial);
    for (const d of deps.dynamic) pending.push(resolve(pagePath, d));
  }
  const later = new Set<string>();
  while (pending.length > 0) visit(pending.pop()!, later);
  return { initial: [...initial], inline, later: [...later] };
}
