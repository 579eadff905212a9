/** A number as a source prints it: its value and how many decimals were printed. */
export interface PrintedNumber {
  value: number;
  /** Digits after the decimal point in the printed form ("15.0" has 1). */
  decimals: number;
  /** The printed text, e.g. "15.0". */
  text: string;
}

/** Reads a printed decimal number ("181", "-0.319982", "15.0"); undefined when it is not one. */
export function parsePrinted(text: string): PrintedNumber | undefined {
  const match = /^-?\d+(?:\.(\d+))?$/.exec(text);
  if (!match) return undefined;
  return { value: Number(text), decimals: match[1]?.length ?? 0, text };
}

/**
 * `count` of `n` as a percentage with `decimals` decimals, rounded half up (62.55 → 62.6), in
 * exact integer arithmetic so that no binary fraction decides a rounding.
 */
export function percentOf(count: number, n: number, decimals: number): string {
  assertCount(count, n);
  const scale = 10 ** decimals;
  const units = Math.floor((2 * 100 * count * scale + n) / (2 * n));
  return fixed(units, decimals);
}

/**
 * Whether a printed percentage of `count` in `n` is an erratum: it differs from the exact value
 * 100·count/n by more than half a unit in its last printed digit (0.05 for "96.7"). Exact: both
 * sides are scaled to whole numbers before comparing.
 */
export function percentIsErratum(printed: PrintedNumber, count: number, n: number): boolean {
  assertCount(count, n);
  const scale = 10 ** printed.decimals;
  const printedUnits = Math.round(printed.value * scale);
  return Math.abs(2 * printedUnits * n - 2 * 100 * count * scale) > n;
}

/** The exact percentage 100·count/n, shown with enough decimals to see how far a printed value is. */
export function exactPercent(count: number, n: number, decimals = 3): string {
  assertCount(count, n);
  return (Math.round((100 * count * 10 ** decimals) / n) / 10 ** decimals).toFixed(decimals);
}

/** Compound annual growth rate from `first` to `last` over `years` years, as a fraction (0.13 = 13 %). */
export function compoundAnnualGrowth(first: number, last: number, years: number): number {
  if (!(first > 0) || !(last > 0)) throw new RangeError(`expected positive values, got ${first} and ${last}`);
  if (!(years > 0)) throw new RangeError(`expected a positive number of years, got ${years}`);
  return (last / first) ** (1 / years) - 1;
}

/** A number with thousands separators and a fixed number of decimals: 24738 → "24,738". */
export function formatNumber(value: number, decimals: number): string {
  const negative = value < 0 || Object.is(value, -0);
  const [whole = "0", fraction] = Math.abs(value).toFixed(decimals).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const text = fraction === undefined ? grouped : `${grouped}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `−${text}` : text;
}

function fixed(units: number, decimals: number): string {
  if (decimals === 0) return String(units);
  const digits = String(units).padStart(decimals + 1, "0");
  return `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}

function assertCount(count: number, n: number) {
  if (!Number.isInteger(count) || !Number.isInteger(n) || n <= 0 || count < 0)
    throw new RangeError(`expected a whole count of a positive whole total, got ${count} of ${n}`);
}
