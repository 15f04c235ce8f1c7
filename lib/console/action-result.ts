// What a console server action answers; client components read it, so it lives outside lib/server.

export type Refusal = {
  ok: false;
  /** The Alibaba error code, shown to the user for support. */
  code: string;
  /** What happened, in the user's language. */
  message: string;
  /** The form field it concerns, when one does. */
  field?: string;
};

export type ActionResult<T> = { ok: true; data: T } | Refusal;
