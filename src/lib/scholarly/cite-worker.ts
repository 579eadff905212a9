/**
 * A citation thread (cite-view.ts): formats a text's bibliography entries in every style offered,
 * with the same citeproc run as formatCitation, so that an archive's citations are formatted on
 * another core while the build renders pages.
 */
import { citationStyles, formatCitation, type CitationStyle, type FormattedCitation } from "./cite";
import type { CslItem } from "./csl";

export const handle = (item: CslItem): Record<CitationStyle, FormattedCitation> =>
  Object.fromEntries(citationStyles.map(({ id }) => [id, formatCitation(item, id)])) as Record<
    CitationStyle,
    FormattedCitation
  >;
