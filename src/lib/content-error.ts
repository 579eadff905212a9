/** One problem in the content, located by file and field. */
export interface ContentProblem {
  /** Path of the file, relative to the project. */
  file: string;
  /** Field within the file (dotted path), or "body". */
  field: string;
  /** What was expected, and what was found. */
  expected: string;
}

/** Thrown when content does not hold together; its message lists every problem. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];
  constructor(problems: readonly ContentProblem[]) {
    super(
      `The content has ${problems.length} problem(s):\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.expected}`).join("\n"),
    );
    this.name = "ContentError";
    this.problems = problems;
  }
}
