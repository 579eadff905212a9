/**
 * The accession model of Madumarov & Pech, section 3: country a (the agenda setter) and country b
 * (the accession candidate). Every formula here is the article's; the names follow its notation.
 * No Astro or DOM imports: the page works the defaults through at build, the browser recomputes.
 */

/** What the reader sets. */
export interface AccessionInputs {
  /** v(a): a's annual welfare outside the union. */
  va: number;
  /** v(b): b's annual welfare outside the union. */
  vb: number;
  /** v(a,b|e*): the union's total annual welfare when b has made the effort e*. */
  vabEffort: number;
  /** v(a,b|0): the union's total annual welfare without the effort. */
  vabNoEffort: number;
  /** e*: the effort (rule adaptation) b must make before accession. */
  effort: number;
  /** x_b: b's payoff in the union; x_a = v(a,b|e*) − x_b. */
  xb: number;
  /** The kind of investment a can make: of value to b anyway (Case 1a) or only once b has acceded (Case 1b). */
  investment: "anyway" | "on-accession";
}

/** One line of the worked model: a quantity, its formula, its value with these inputs. */
export interface WorkedLine {
  key: string;
  /** The quantity in words, with its symbol in plain text (the CSV's form). */
  quantity: string;
  /** The formula in plain text (the CSV's form). */
  formula: string;
  /** The quantity's symbol and the formula as LaTeX, typeset as MathML on the page like the article's. */
  tex: { symbol?: string; formula?: string };
  value: string;
}

export interface AccessionOutcome {
  xa: number;
  deltaA: number;
  deltaB: number;
  /** v(a,b|e*) > v(a) + v(b) + e*: forming the union with the effort is efficient. */
  efficientWithEffort: boolean;
  /** v(a,b|0) > v(a) + v(b): the union would be efficient even without the effort (the article assumes not). */
  efficientWithoutEffort: boolean;
  /** The Claim's inequality: v(a,b|e*) ≥ v(a,b|0) + e*, so a would pay I' = e* after accession. */
  paysEffortAfterAccession: boolean;
  /** Case 1a or 1b, by the kind of investment. */
  case1: "1a" | "1b";
  /** Case 2a when x_b − v(b) < 0, else 2b. */
  case2: "2a" | "2b";
  lines: WorkedLine[];
  /** What the article's results say with these values, one paragraph each. */
  findings: string[];
}

/** A number as the explorer shows it: up to two decimals, a true minus sign. */
export function formatValue(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  const text = Number.isInteger(rounded) ? String(Math.abs(rounded)) : Math.abs(rounded).toFixed(2).replace(/0$/, "");
  return rounded < 0 ? `−${text}` : text;
}

const yes = (value: boolean) => (value ? "yes" : "no");

/** Works the model through for one set of inputs. */
export function accession(inputs: AccessionInputs): AccessionOutcome {
  const { va, vb, vabEffort, vabNoEffort, effort, xb } = inputs;
  const f = formatValue;
  const xa = vabEffort - xb;
  const deltaA = xa - va;
  const deltaB = xb - vb - effort;
  const efficientWithEffort = vabEffort > va + vb + effort;
  const efficientWithoutEffort = vabNoEffort > va + vb;
  const paysEffortAfterAccession = vabEffort >= vabNoEffort + effort;
  const case1 = inputs.investment === "anyway" ? "1a" : "1b";
  const case2 = xb - vb < 0 ? "2a" : "2b";

  const lines: WorkedLine[] = [
    {
      key: "xa",
      quantity: "a’s payoff in the union, x_a",
      formula: "v(a,b|e*) − x_b",
      tex: { symbol: "x_a", formula: "v(a,b \\mid e^*) - x_b" },
      value: `${f(vabEffort)} − ${f(xb)} = ${f(xa)}`,
    },
    {
      key: "delta-a",
      quantity: "a’s benefit from the union, Δ_a",
      formula: "x_a − v(a)",
      tex: { symbol: "\\Delta_a", formula: "x_a - v(a)" },
      value: `${f(xa)} − ${f(va)} = ${f(deltaA)}`,
    },
    {
      key: "delta-b",
      quantity: "b’s benefit from the effort and accession, Δ_b",
      formula: "x_b − v(b) − e*",
      tex: { symbol: "\\Delta_b", formula: "x_b - v(b) - e^*" },
      value: `${f(xb)} − ${f(vb)} − ${f(effort)} = ${f(deltaB)}`,
    },
    {
      key: "sum",
      quantity: "Joint benefit, Δ_a + Δ_b",
      formula: "Δ_a + Δ_b > 0 for the union to be worth forming",
      tex: {
        symbol: "\\Delta_a + \\Delta_b",
        formula: "\\Delta_a + \\Delta_b > 0 \\text{ for the union to be worth forming}",
      },
      value: `${f(deltaA + deltaB)}`,
    },
    {
      key: "efficient-effort",
      quantity: "Union efficient with the effort?",
      formula: "v(a,b|e*) > v(a) + v(b) + e*",
      tex: { formula: "v(a,b \\mid e^*) > v(a) + v(b) + e^*" },
      value: `${f(vabEffort)} vs ${f(va + vb + effort)}: ${yes(efficientWithEffort)}`,
    },
    {
      key: "efficient-no-effort",
      quantity: "Union efficient without the effort?",
      formula: "v(a,b|0) > v(a) + v(b)",
      tex: { formula: "v(a,b \\mid 0) > v(a) + v(b)" },
      value: `${f(vabNoEffort)} vs ${f(va + vb)}: ${yes(efficientWithoutEffort)}`,
    },
    {
      key: "investment",
      quantity: "Investment that makes accession attractive to b",
      formula: "I > −Δ_b",
      tex: { formula: "I > -\\Delta_b" },
      value: deltaB < 0 ? `I > ${f(-deltaB)}` : `none needed (Δ_b = ${f(deltaB)} ≥ 0)`,
    },
    {
      key: "claim",
      quantity: "Would a pay I′ = e* after accession? (the Claim)",
      formula: "v(a,b|e*) ≥ v(a,b|0) + e*",
      tex: { formula: "v(a,b \\mid e^*) \\ge v(a,b \\mid 0) + e^*" },
      value: `${f(vabEffort)} vs ${f(vabNoEffort + effort)}: ${yes(paysEffortAfterAccession)}`,
    },
    {
      key: "case1",
      quantity: "Case by the kind of investment",
      formula: "1a: of value to b anyway; 1b: of value only after accession",
      tex: {},
      value: `Case ${case1}`,
    },
    {
      key: "case2",
      quantity: "Case by b’s payoff without the effort",
      formula: "2a: x_b − v(b) < 0; 2b: x_b − v(b) ≥ 0",
      tex: { formula: "\\text{2a: } x_b - v(b) < 0;\\quad \\text{2b: } x_b - v(b) \\ge 0" },
      value: `x_b − v(b) = ${f(xb - vb)}: Case ${case2}`,
    },
  ];

  const findings: string[] = [];
  if (!efficientWithEffort)
    findings.push(
      `The model’s premise fails: the union is not efficient with the effort (v(a,b|e*) = ${f(vabEffort)} is not above v(a) + v(b) + e* = ${f(va + vb + effort)}), so no investment by a can both cover b’s loss and leave a better off.`,
    );
  if (efficientWithoutEffort)
    findings.push(
      `The article assumes the union is inefficient without the effort; with these values it is not (v(a,b|0) = ${f(vabNoEffort)} > v(a) + v(b) = ${f(va + vb)}), so the Claim’s proof does not apply.`,
    );
  if (deltaB >= 0)
    findings.push(`Δ_b = ${f(deltaB)} ≥ 0: b gains from making the effort and joining, so it needs no incentive.`);
  else if (case1 === "1a")
    findings.push(
      `Case 1a: an investment of value to b whether or not it accedes does not change b’s choice if it is made before accession, and a promise to make it after accession is not credible. b does not join.`,
    );
  else if (efficientWithEffort)
    findings.push(
      `Case 1b and Result 1: an investment that has value to b only once it has acceded, with ${f(-deltaB)} < I ≤ ${f(deltaA)} (b’s loss −Δ_b is covered and a keeps a gain, since Δ_a = ${f(deltaA)} > −Δ_b = ${f(-deltaB)}), makes b undertake the effort and accede.`,
    );
  if (case2 === "2a")
    findings.push(
      `Case 2a and Result 2: x_b = ${f(xb)} < v(b) = ${f(vb)}, so accession is not attractive to b even without the effort; b will not join unless a makes the investment before accession.`,
    );
  else
    findings.push(
      paysEffortAfterAccession
        ? `Case 2b and Result 2: x_b = ${f(xb)} ≥ v(b) = ${f(vb)}, and a will want to pay I′ = e* = ${f(effort)} after accession (the Claim), so b is willing to join and rely on that payment.`
        : `Case 2b: x_b ≥ v(b), but with these values a would not pay I′ = e* after accession (v(a,b|e*) < v(a,b|0) + e*), so b cannot rely on being compensated for the effort.`,
    );
  return {
    xa,
    deltaA,
    deltaB,
    efficientWithEffort,
    efficientWithoutEffort,
    paysEffortAfterAccession,
    case1,
    case2,
    lines,
    findings,
  };
}
