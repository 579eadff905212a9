import type { APIRoute, GetStaticPaths } from "astro";
import { loadFigures } from "../../lib/figures/site";
import { tableCsv } from "../../lib/figures/download";
import type { FigureModel } from "../../lib/figures/model";

export const getStaticPaths = (async () =>
  (await loadFigures()).figures
    .filter((figure) => figure.table.columns.length > 0)
    .map((figure) => ({ params: { id: figure.id }, props: { figure } }))) satisfies GetStaticPaths;

/** Each table as CSV: the same rows and values as the HTML table, with printed and computed values apart. */
export const GET: APIRoute<{ figure: FigureModel }> = ({ props }) =>
  new Response(tableCsv(props.figure.table), { headers: { "content-type": "text/csv; charset=utf-8" } });
