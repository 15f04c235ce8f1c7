"use client";

import { useTranslations } from "next-intl";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { logOutAction } from "@/lib/console/actions/session";

export function LogOutButton() {
  const t = useTranslations("topBar");
  const [pending, startTransition] = useTransition();
  return (
    <Button variant="link" pending={pending} onClick={() => startTransition(() => logOutAction())}>
      {t("logOut")}
    </Button>
  );
}
