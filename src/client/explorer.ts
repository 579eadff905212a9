import { accession, type AccessionInputs } from "../lib/figures/accession";

const numberFields = ["va", "vb", "vabEffort", "vabNoEffort", "effort", "xb"] as const;

/** Reads the form; undefined while a field is not a number (the reader is still typing). */
function readInputs(form: HTMLFormElement): AccessionInputs | undefined {
  const data = new FormData(form);
  const values: Partial<Record<(typeof numberFields)[number], number>> = {};
  for (const name of numberFields) {
    const raw = String(data.get(name) ?? "").trim();
    const value = Number(raw);
    if (raw === "" || !Number.isFinite(value)) return undefined;
    values[name] = value;
  }
  if ((values.effort ?? 0) < 0) return undefined;
  return {
    ...(values as Record<(typeof numberFields)[number], number>),
    investment: data.get("investment") === "anyway" ? "anyway" : "on-accession",
  };
}

/** Shows the worked model for the form's values: the same lines and findings the page was built with. */
function update(root: HTMLElement, form: HTMLFormElement) {
  const status = root.querySelector<HTMLElement>("[data-explorer-status]");
  const inputs = readInputs(form);
  if (!inputs) {
    if (status) status.textContent = "Enter a number in every field (e* at least 0) to see the model worked through.";
    return;
  }
  if (status) status.textContent = "";
  const outcome = accession(inputs);
  for (const line of outcome.lines) {
    const cell = root.querySelector<HTMLElement>(`[data-line="${line.key}"]`);
    if (cell) cell.textContent = line.value;
  }
  const findings = root.querySelector<HTMLElement>("[data-explorer-findings]");
  if (findings)
    findings.replaceChildren(
      ...outcome.findings.map((text) => {
        const p = document.createElement("p");
        p.textContent = text;
        return p;
      }),
    );
}

/** Turns the worked example into an explorer: the form appears, and every change reworks the model. */
export function startExplorer(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>("form[data-explorer-form]");
  if (!form) return;
  form.hidden = false;
  form.addEventListener("input", () => update(root, form));
  // A reset restores the defaults only after the event, so recompute on the next task.
  form.addEventListener("reset", () => setTimeout(() => update(root, form)));
  // Changes already rework the model; the submit button is there for keyboard users who expect one.
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    update(root, form);
  });
  root.dataset["ready"] = "true";
}
