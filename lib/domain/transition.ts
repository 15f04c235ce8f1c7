import { DomainError, type DomainErrorOptions, type ErrorCode } from "./errors";

export type Transition<P> = { ok: true; next: P } | { ok: false; error: DomainError };

export function allow<P>(next: P): Transition<P> {
  return { ok: true, next };
}

export function refuse<P = never>(key: ErrorCode, opts?: DomainErrorOptions): Transition<P> {
  return { ok: false, error: new DomainError(key, opts) };
}

export function unwrap<P>(transition: Transition<P>): P {
  if (!transition.ok) throw transition.error;
  return transition.next;
}

export type ActionAvailability = { allowed: true } | { allowed: false; error: DomainError };

export function availability(transition: Transition<unknown>): ActionAvailability {
  return transition.ok ? { allowed: true } : { allowed: false, error: transition.error };
}
