"use client";

import { useTranslations } from "next-intl";
import { ActionDialog } from "@/components/ui/action-dialog";
import { deleteAlertRuleAction, setAlertRuleEnabledAction } from "@/lib/console/actions/alerts";

/** A rule's row actions: Disable (or Enable) and Delete, each confirmed in its dialog. */
export function AlertRuleActions({ rule }: { rule: { id: string; name: string; enabled: boolean } }) {
  const t = useTranslations("alerts");
  const toggle = rule.enabled ? "disable" : "enable";
  return (
    <span className="inline-flex gap-3">
      <ActionDialog
        trigger={{ label: t(`${toggle}.action`), ariaLabel: t(`${toggle}.actionLabel`, { name: rule.name }) }}
        title={t(`${toggle}.title`)}
        description={t(`${toggle}.body`, { name: rule.name })}
        input={() => ({ alertRuleId: rule.id, enabled: !rule.enabled })}
        action={setAlertRuleEnabledAction}
        success={t(`${toggle}.done`, { name: rule.name })}
      />
      <ActionDialog
        trigger={{ label: t("delete.action"), ariaLabel: t("delete.actionLabel", { name: rule.name }) }}
        title={t("delete.title")}
        description={t("delete.body", { name: rule.name })}
        danger
        input={() => ({ alertRuleId: rule.id })}
        action={deleteAlertRuleAction}
        success={t("delete.done", { name: rule.name })}
      />
    </span>
  );
}
