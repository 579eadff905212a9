/**
 * The anchor of a table or figure on its page: a printed label gives a stable, citable one
 * ("Table 1" → `table-1`, "Figure 6" → `figure-6`); a figure this edition adds is anchored by its
 * data file's name (`fig-<id>`).
 */
export function figureAnchor(id: string, label: string | undefined): string {
  const printed = label === undefined ? null : /^(Table|Figure)\s+(\d+)$/i.exec(label.trim());
  return printed ? `${printed[1]!.toLowerCase()}-${printed[2]}` : `fig-${id}`;
}
