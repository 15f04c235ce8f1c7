"use client";

import { useRouter } from "next/navigation";
import { useTimeZone } from "next-intl";
import { useEffect } from "react";
import { setTimeZoneAction } from "@/lib/console/actions/session";

/** Tells the server the browser's time zone, once, and renders the page again in it. */
export function TimeZoneSync() {
  const router = useRouter();
  const rendered = useTimeZone();
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === rendered) return;
    void setTimeZoneAction(zone).then((accepted) => {
      if (accepted) router.refresh();
    });
  }, [rendered, router]);
  return null;
}
