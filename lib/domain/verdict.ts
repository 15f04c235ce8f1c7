// The one way a rule of the domain answers. An operation unwraps the verdict (a refusal becomes the thrown
// DomainError the API and console report); a button turns the same verdict into its disabled reason.
import { DomainError, type DomainErrorOptions, type ErrorCode } from "./errors";

export type Verdict<T = void> = { ok: true; value: T } | { ok: false; error: DomainError };

export function allow(): Verdict<void>;
export function allow<T>(value: T): Verdict<T>;
export function allow<T>(value?: T): Verdict<T | undefined> {
  return { ok: true, value };
}

export function refuse(key: ErrorCode, opts?: DomainErrorOptions): Verdict<never> {
  return { ok: false, error: new DomainError(key, opts) };
}

/** The allowed value, or the refusal thrown. */
export function unwrap<T>(verdict: Verdict<T>): T {
  if (!verdict.ok) throw verdict.error;
  return verdict.value;
}

/** The first refusal among rules checked in order, else the last verdict. */
export function firstRefusal<T>(...verdicts: [...Verdict<unknown>[], Verdict<T>]): Verdict<T> {
  for (const verdict of verdicts) if (!verdict.ok) return verdict;
  return verdicts[verdicts.length - 1] as Verdict<T>;
}
