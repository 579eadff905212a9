/** Text or an attribute value made safe for XML; characters XML 1.0 forbids are refused. */
export function esc(value: string | number): string {
  const text = String(value);
  // eslint-disable-next-line no-control-regex -- these are the characters XML 1.0 cannot carry
  const bad = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.exec(text);
  if (bad) throw new Error(`JATS: the text ${JSON.stringify(text.slice(0, 40))} holds a character XML cannot carry`);
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");
}

/** An element with attributes (undefined ones left out) around content that is already XML. */
export function el(name: string, attrs: Record<string, string | undefined>, content?: string): string {
  const attributes = Object.entries(attrs)
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, v]) => ` ${k}="${esc(v)}"`)
    .join("");
  return content === undefined ? `<${name}${attributes}/>` : `<${name}${attributes}>${content}</${name}>`;
}
