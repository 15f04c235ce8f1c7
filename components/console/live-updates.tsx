"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useLiveChanges } from "@/lib/console/live-changes";

/** A dialog, menu or open list box: refreshing under it would move what the user is working with. */
const BUSY = "[role='dialog'], [role='alertdialog'], [role='menu'], [role='listbox']";
const RETRY_MS = 300;

/**
 * Refreshes the server-rendered page when another party changed something the caller can see, without a
 * reload: the page's data is fetched again and rendered in place (router.refresh keeps client state and
 * scroll). While a dialog or menu is open it waits, and refreshes once the user has closed it.
 */
export function LiveUpdates() {
  const router = useRouter();
  const { data } = useLiveChanges(true);
  const [pending, setPending] = useState(false);
  useEffect(() => {
    if (data?.changed) setPending(true);
  }, [data]);
  useEffect(() => {
    if (!pending) return;
    const attempt = () => {
      if (document.querySelector(BUSY)) return false;
      setPending(false);
      router.refresh();
      return true;
    };
    if (attempt()) return;
    const timer = window.setInterval(attempt, RETRY_MS);
    return () => window.clearInterval(timer);
  }, [pending, router]);
  return null;
}
