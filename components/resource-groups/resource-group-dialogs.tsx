"use client";

import { useTranslations } from "next-intl";
import { Field, inputClass } from "@/components/forms/field";
import { ActionDialog, type FieldRefusal } from "@/components/ui/action-dialog";
import {
  createResourceGroupAction,
  deleteResourceGroupAction,
  moveResourceGroupAction,
  renameResourceGroupAction,
} from "@/lib/console/actions/resource-groups";
import { createResourceGroupInput, renameResourceGroupInput } from "@/lib/inputs/resource-groups";

function NameField({
  value,
  onChange,
  error,
}: {
  value: string;
  onChange: (value: string) => void;
  error: FieldRefusal | undefined;
}) {
  const t = useTranslations("resourceGroups");
  return (
    <Field label={t("name")} hint={t("nameHint")} error={error}>
      {(props) => (
        <input {...props} value={value} onChange={(e) => onChange(e.target.value)} className={inputClass} />
      )}
    </Field>
  );
}

export function CreateResourceGroup() {
  const t = useTranslations("resourceGroups");
  return (
    <ActionDialog
      trigger={{ label: t("create"), variant: "primary" }}
      title={t("createTitle")}
      initialValues={() => ({ name: "" })}
      fields={["name"]}
      schema={createResourceGroupInput}
      input={(values) => ({ name: values.name })}
      action={createResourceGroupAction}
      success={(_, values) => t("created", { name: values.name.trim() })}
    >
      {({ values, set, error }) => (
        <NameField value={values.name} onChange={(v) => set("name", v)} error={error("name")} />
      )}
    </ActionDialog>
  );
}

export function ResourceGroupActions({
  group,
  deleteDisabledReason,
}: {
  group: { id: string; name: string };
  deleteDisabledReason?: string;
}) {
  const t = useTranslations("resourceGroups");
  return (
    <div className="flex flex-wrap gap-x-3 gap-y-1">
      <ActionDialog
        trigger={{ label: t("rename"), ariaLabel: t("renameLabel", { name: group.name }) }}
        title={t("renameTitle")}
        initialValues={() => ({ name: group.name })}
        fields={["name"]}
        schema={renameResourceGroupInput}
        input={(values) => ({ resourceGroupId: group.id, name: values.name })}
        action={renameResourceGroupAction}
        success={(_, values) => t("renamed", { name: values.name.trim() })}
      >
        {({ values, set, error }) => (
          <NameField value={values.name} onChange={(v) => set("name", v)} error={error("name")} />
        )}
      </ActionDialog>
      <ActionDialog
        trigger={{
          label: t("delete"),
          ariaLabel: t("deleteLabel", { name: group.name }),
          disabledReason: deleteDisabledReason,
        }}
        title={t("deleteTitle")}
        description={t("deleteBody", { name: group.name })}
        danger
        input={() => ({ resourceGroupId: group.id })}
        action={deleteResourceGroupAction}
        success={t("deleted", { name: group.name })}
      />
    </div>
  );
}

/** Move one shared port the partner offered into another of its groups. */
export function MovePort({
  regionId,
  port,
  groups,
}: {
  regionId: string;
  port: { id: string; name: string | null; resourceGroupId: string | null };
  groups: Array<{ id: string; name: string }>;
}) {
  const t = useTranslations("resourceGroups");
  const label = port.name ?? port.id;
  return (
    <ActionDialog
      trigger={{ label: t("move"), ariaLabel: t("moveLabel", { name: label }) }}
      title={t("moveTitle", { name: label })}
      initialValues={() => ({ group: port.resourceGroupId ?? groups[0]?.id ?? "" })}
      fields={["newResourceGroupId"]}
      input={(values) => ({
        regionId,
        resourceId: port.id,
        resourceType: "PhysicalConnection",
        newResourceGroupId: values.group,
      })}
      action={moveResourceGroupAction}
      success={(_, values) =>
        t("moved", { name: label, group: groups.find((g) => g.id === values.group)?.name ?? "" })
      }
    >
      {({ values, set, error }) => (
        <Field label={t("targetGroup")} error={error("newResourceGroupId")}>
          {(props) => (
            <select
              {...props}
              value={values.group}
              onChange={(e) => set("group", e.target.value)}
              className={inputClass}
            >
              {groups.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
    </ActionDialog>
  );
}
