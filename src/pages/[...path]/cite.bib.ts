import { citeFileRoute } from "../../lib/scholarly/cite-files";

/** BibTeX beside every text's page (one entry) and every issue's page (all its articles). */
export const { getStaticPaths, GET } = citeFileRoute("bib");
