/**
 * Starts `start` for each element matching `selector` once it comes within `margin` of the
 * viewport, once. Nothing is fetched for figures the reader never scrolls towards.
 */
export function whenNear(selector: string, start: (element: HTMLElement) => void, margin = "300px 0px"): void {
  const elements = [...document.querySelectorAll<HTMLElement>(selector)];
  if (elements.length === 0) return;
  if (!("IntersectionObserver" in window)) {
    elements.forEach(start);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        start(entry.target as HTMLElement);
      }
    },
    { rootMargin: margin },
  );
  elements.forEach((element) => observer.observe(element));
}
