import { z } from "astro/zod";
import { isValidIssn } from "../lib/issn";

/** A non-empty string with surrounding white space removed; `what` names it in error messages. */
export const text = (what: string) =>
  z
    .string({ error: `expected ${what} (a string)` })
    .trim()
    .min(1, { error: `expected ${what}, got an empty string` });

/**
 * Words a reader sees about where something comes from: as a reader would cite it, never the
 * workshop's own references (a seed file and its lines, a notes file, a source-control commit).
 */
export const readerWords = (what: string) =>
  text(what).superRefine((value, ctx) => {
    const workshop = /\bseeds? \d{3}\b|\bseed (?:file|line)s?\b|SOURCES\.md|\b[0-9a-f]{40}\b/i.exec(value);
    if (workshop)
      ctx.addIssue({
        code: "custom",
        message: `expected ${what} in a reader's words (a printed page, a publisher's release), not "${workshop[0]}"`,
      });
  });

/** A URL a reader may follow: only http, https and mailto are allowed. */
export const safeUrl = (what: string) =>
  text(what).refine((value) => /^(https?:\/\/|mailto:)/i.test(value), {
    error: `expected ${what} to be an http, https or mailto URL`,
  });

/** An ISO calendar date, YYYY-MM-DD, that exists. */
export const isoDate = (what: string) =>
  text(what).refine(
    (value) => {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { error: `expected ${what} as a real date in the form YYYY-MM-DD` },
  );

/**
 * An object that accepts only its documented fields: a misspelt or invented field is an error
 * that names it, never silently ignored.
 */
export const fields = <Shape extends z.core.$ZodLooseShape>(shape: Shape) =>
  z.looseObject(shape).superRefine((value, ctx) => {
    const unknown = Object.keys(value).filter((key) => !(key in shape));
    if (unknown.length > 0)
      ctx.addIssue({
        code: "custom",
        path: [unknown[0] ?? ""],
        message: `unknown field(s) ${unknown.map((k) => `"${k}"`).join(", ")}: expected only the documented fields (see content/README.md)`,
      });
  });

/** An ISSN, NNNN-NNNC, whose check digit is right. */
export const issn = (what: string) =>
  text(what).refine(isValidIssn, {
    error: `expected ${what} as an ISSN NNNN-NNNC with a valid check digit`,
  });

/** A BCP 47 language tag ("en", "pt", "pt-BR", "zh-Hant"), as `xml:lang` and `lang` take them. */
export const languageTag = (what: string) =>
  text(what).regex(/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8})*$/, {
    error: `expected ${what} as a BCP 47 language tag such as en, pt or pt-BR`,
  });

/** A date with only the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD. */
export const partialDate = (what: string) =>
  text(what).refine(
    (value) => {
      const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
      if (!m) return false;
      if (m[3] === undefined) return m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 12);
      const date = new Date(`${value}T00:00:00Z`);
      return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
    },
    { error: `expected ${what} as YYYY, YYYY-MM or YYYY-MM-DD` },
  );
