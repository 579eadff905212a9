/** A header cell of a table with grouped columns. */
export interface HeaderCell {
  label: string;
  /** The column it heads (its first, for a group). */
  column: number;
  /** Columns it spans: above several columns for a group. */
  colspan: number;
  /** Rows it spans: both header rows for a column in no group. */
  rowspan: number;
}

/**
 * Two header rows for columns whose labels share a prefix ("Agree: No.", "Agree: %" → "Agree"
 * above "No." and "%"), so that a table of many such columns stays narrow; undefined when no two
 * neighbouring columns share one. The first column (the rows' headers) is never grouped.
 */
export function headerGroups(labels: readonly string[]): { top: HeaderCell[]; bottom: HeaderCell[] } | undefined {
  const split = labels.map((label, i) => {
    const at = label.lastIndexOf(": ");
    return i === 0 || at <= 0
      ? { group: undefined, sub: label }
      : { group: label.slice(0, at), sub: label.slice(at + 2) };
  });
  const top: HeaderCell[] = [];
  const bottom: HeaderCell[] = [];
  let grouped = false;
  for (let i = 0; i < labels.length;) {
    const group = split[i]!.group;
    let end = i + 1;
    while (group !== undefined && end < labels.length && split[end]!.group === group) end += 1;
    if (group !== undefined && end - i >= 2) {
      grouped = true;
      top.push({ label: group, column: i, colspan: end - i, rowspan: 1 });
      for (let j = i; j < end; j++) bottom.push({ label: split[j]!.sub, column: j, colspan: 1, rowspan: 1 });
    } else for (let j = i; j < end; j++) top.push({ label: labels[j]!, column: j, colspan: 1, rowspan: 2 });
    i = end;
  }
  return grouped ? { top, bottom } : undefined;
}
