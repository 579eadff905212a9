/** A text as far as its files' names go: its folder below the site root and its slug. */
export interface GalleyOwner {
  /** "issues/11-1/bang/": the page's folder, with trailing slash. */
  path: string;
  slug: string;
}

/** The PDF galley, beside the page: "issues/11-1/bang/bang.pdf". Named after the text, so a saved copy says what it is. */
export const pdfPath = (text: GalleyOwner) => `${text.path}${text.slug}.pdf`;

/** The JATS XML of an article, beside the page: "issues/11-1/bang/bang.xml". */
export const jatsPath = (text: GalleyOwner) => `${text.path}${text.slug}.xml`;
