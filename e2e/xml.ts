import type { Page } from "@playwright/test";

/** An XML element as the browser's namespace-aware parser read it. */
export interface XmlElement {
  ns: string | null;
  name: string;
  attrs: Record<string, string>;
  text: string;
  children: XmlElement[];
}

/**
 * Parses XML with the browser's XML parser, which rejects anything not well-formed, and returns
 * the element tree with each element's namespace.
 */
export async function parseXml(page: Page, xml: string): Promise<XmlElement> {
  return page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    const error = doc.getElementsByTagName("parsererror")[0];
    if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
    const tree = (el: Element): XmlElement => ({
      ns: el.namespaceURI,
      name: el.localName,
      attrs: Object.fromEntries([...el.attributes].map((a) => [a.name, a.value])),
      text: el.children.length === 0 ? (el.textContent ?? "") : "",
      children: [...el.children].map(tree),
    });
    return tree(doc.documentElement);
  }, xml);
}

/** The children of `el` named `name` in namespace `ns`. */
export const childrenOf = (el: XmlElement | undefined, ns: string, name: string) =>
  (el?.children ?? []).filter((c) => c.ns === ns && c.name === name);

/** The one child of `el` named `name` in `ns`; throws when there is none or more than one. */
export function only(el: XmlElement | undefined, ns: string, name: string): XmlElement {
  const found = childrenOf(el, ns, name);
  if (found.length !== 1) throw new Error(`expected one <${name}> (${ns}) in <${el?.name}>, found ${found.length}`);
  return found[0] as XmlElement;
}
