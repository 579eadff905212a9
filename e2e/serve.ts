/**
 * A plain static file server, like a library's web server: no rewrite rules, directory index
 * files, the site's 404.html for unknown paths. It serves `root` under the path `base`.
 * Usage: node serve.ts <root> <port> [base]
 */
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".svg": "image/svg+xml",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".ris": "application/x-research-info-systems; charset=utf-8",
};

export function serve(root: string, port: number, base = "/") {
  const prefix = base.endsWith("/") ? base : `${base}/`;
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://localhost");
    const send = async (file: string, status = 200) => {
      res.writeHead(status, { "content-type": types[extname(file)] ?? "application/octet-stream" });
      res.end(await readFile(file));
    };
    const notFound = () => send(join(root, "404.html"), 404).catch(() => res.writeHead(404).end());
    if (!url.pathname.startsWith(prefix)) return void notFound();
    const rel = normalize(decodeURIComponent(url.pathname.slice(prefix.length)));
    if (rel.startsWith("..")) return void notFound();
    let file = join(root, rel);
    try {
      if ((await stat(file)).isDirectory()) {
        if (!url.pathname.endsWith("/")) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
          return;
        }
        file = join(file, "index.html");
      }
      await send(file);
    } catch {
      await notFound();
    }
  });
  return new Promise<typeof server>((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = "dist", port = "4322", base = "/"] = process.argv.slice(2);
  await serve(root, Number(port), base);
  console.log(`Serving ${root} at http://127.0.0.1:${port}${base}`);
}
