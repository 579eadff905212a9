/**
 * Copy buttons for formatted citations. The citations are plain text without JavaScript; the
 * buttons exist only where they can work, so they are added here rather than in the HTML.
 */
export function addCopyButtons(root: ParentNode = document): void {
  for (const section of root.querySelectorAll<HTMLElement>(".cite")) {
    // The words, in the page's language, come with the section (content/ui/): "Copy {style}".
    const words = (key: string, fallback: string, style: string) =>
      (section.dataset[key] ?? fallback).replace("{style}", style);
    const status = document.createElement("p");
    status.setAttribute("role", "status");
    status.className = "copy-status meta";
    for (const entry of section.querySelectorAll<HTMLElement>("[data-citation]")) {
      const citation = entry.querySelector<HTMLElement>(".citation-text");
      if (!citation) continue;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "copy-button";
      const style = entry.dataset["citation"] ?? "";
      button.textContent = words("copyLabel", "Copy {style}", style);
      button.addEventListener(
        "click",
        () =>
          void copy(
            citation,
            status,
            words("copiedLabel", "{style} citation copied.", style),
            words("selectedLabel", "{style} citation selected: press Ctrl+C (or ⌘C) to copy it.", style),
          ),
      );
      entry.append(" ", button);
    }
    section.append(status);
  }
}

async function copy(citation: HTMLElement, status: HTMLElement, copied: string, selected: string): Promise<void> {
  const text = citation.textContent?.trim() ?? "";
  try {
    // Rich text keeps the style's italics when pasted into a word processor.
    if (typeof ClipboardItem === "function") {
      await navigator.clipboard.write([
        new ClipboardItem({
          "text/plain": new Blob([text], { type: "text/plain" }),
          "text/html": new Blob([citation.innerHTML], { type: "text/html" }),
        }),
      ]);
    } else {
      await navigator.clipboard.writeText(text);
    }
    status.textContent = copied;
  } catch {
    // Clipboard refused (permissions, an old browser): select the text for the reader to copy.
    getSelection()?.selectAllChildren(citation);
    status.textContent = selected;
  }
}
