"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { toast } from "sonner";
import type { ActionResult } from "@/lib/server/console-action";

type Refusal = Extract<ActionResult<unknown>, { ok: false }>;

/**
 * Calls a server action through react-query: a pending state for the button, a toast for the
 * result (the error code shown for support), and a refresh of the server-rendered page on success.
 */
export function useConsoleAction<I, O>(
  action: (input: I) => Promise<ActionResult<O>>,
  {
    success,
    onSuccess,
    onRefused,
    toastRefusal = true,
  }: {
    success?: string | ((data: O) => string);
    onSuccess?: (data: O) => void;
    onRefused?: (refusal: Refusal) => void;
    toastRefusal?: boolean;
  } = {},
) {
  const router = useRouter();
  return useMutation({
    mutationFn: async (input: I) => {
      const result = await action(input);
      if (!result.ok) throw result;
      return result.data;
    },
    onSuccess: (data) => {
      if (success) toast.success(typeof success === "function" ? success(data) : success);
      onSuccess?.(data);
      router.refresh();
    },
    onError: (error) => {
      const refusal = isRefusal(error)
        ? error
        : { ok: false as const, code: "NetworkError", message: String(error) };
      if (toastRefusal) toast.error(refusal.message, { description: refusal.code });
      onRefused?.(refusal);
    },
  });
}

function isRefusal(error: unknown): error is Refusal {
  return typeof error === "object" && error !== null && "ok" in error && "code" in error;
}
