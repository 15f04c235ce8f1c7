"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { toast } from "sonner";
import type { ActionResult, Refusal } from "@/lib/console/action-result";

/** A console server action (lib/console/actions): one operation, answered as an ActionResult. */
export type ServerAction<In, O> = (input: In) => Promise<ActionResult<O>>;

/**
 * Runs a server action through react-query: pending while it runs, a success toast, and a refresh of the
 * server-rendered page. A refusal goes to `onRefused` when a dialog shows it beside its field; without
 * one it is toasted with its code, for support.
 */
export function useAction<In, O>(
  action: ServerAction<In, O>,
  {
    success,
    onSuccess,
    onRefused,
  }: {
    success?: string | ((data: O) => string);
    onSuccess?: (data: O) => void;
    onRefused?: (refusal: Refusal) => void;
  } = {},
): { run: (input: In) => void; pending: boolean } {
  const router = useRouter();
  const t = useTranslations("errors");
  const mutation = useMutation({
    mutationFn: async (input: In) => {
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
      const refusal: Refusal = isRefusal(error)
        ? error
        : { ok: false, code: "NetworkError", message: t("NetworkError") };
      if (onRefused) onRefused(refusal);
      else toast.error(refusal.message, { description: refusal.code });
    },
  });
  return { run: mutation.mutate, pending: mutation.isPending };
}

function isRefusal(error: unknown): error is Refusal {
  return typeof error === "object" && error !== null && "ok" in error && "code" in error;
}
