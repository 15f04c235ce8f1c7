"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import {
  createRamUserAction,
  createUserAction,
  modifyUserAction,
  resetUserPasswordAction,
} from "@/lib/console/actions/operator";
import { InviteLink } from "./invite-link";
import { OperatorDialog } from "./operator-dialog";

type AccountUser = {
  id: string;
  email: string;
  displayName: string;
  disabled: boolean;
  invitePending: boolean;
};
type Grant = { user: { email: string }; invitePath?: string };

/** An account's log-ons: create (with a password or a one-time link), reset, disable; and its RAM users. */
export function AccountUsers({
  account,
  users,
}: {
  account: { uid: string; name: string; site: string; primary: boolean };
  users: readonly AccountUser[];
}) {
  const t = useTranslations("operator");
  const [invite, setInvite] = useState<{ email: string; path: string } | null>(null);
  const showInvite = (grant: Grant) =>
    setInvite(grant.invitePath ? { email: grant.user.email, path: grant.invitePath } : null);
  return (
    <section aria-labelledby="users-heading">
      <div className="mb-3 flex flex-wrap items-center gap-3">
        <h2 id="users-heading" className="text-lg font-semibold">
          {t("users.title")}
        </h2>
        <OperatorDialog<Grant>
          trigger={{ label: t("users.create"), variant: "primary" }}
          title={t("users.create")}
          success={t("users.created")}
          action={createUserAction}
          fixed={{ accountUid: account.uid }}
          onSuccess={showInvite}
          fields={[
            { name: "email", label: t("field.email"), kind: "email" },
            { name: "displayName", label: t("field.displayName") },
            { name: "password", label: t("field.password"), kind: "password", hint: t("field.passwordHint") },
          ]}
        />
        {account.primary ? (
          <OperatorDialog
            trigger={{ label: t("ram.create") }}
            title={t("ram.create")}
            success={t("ram.created")}
            action={createRamUserAction}
            fixed={{ parentUid: account.uid }}
            fields={[
              { name: "name", label: t("field.name") },
              {
                name: "policy",
                label: t("field.policy"),
                kind: "select",
                options: [
                  { value: "ReadOnly", label: t("policy.ReadOnly") },
                  { value: "FullAccess", label: t("policy.FullAccess") },
                ],
              },
              { name: "uid", label: t("field.uid"), hint: t("field.uidHint") },
            ]}
          />
        ) : null}
      </div>
      {invite ? <InviteLink email={invite.email} path={invite.path} /> : null}
      <Table label={t("users.title")}>
        <thead>
          <tr>
            <Th>{t("field.email")}</Th>
            <Th>{t("field.displayName")}</Th>
            <Th>{t("field.status")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {users.length === 0 ? <EmptyRow colSpan={4}>{t("users.empty")}</EmptyRow> : null}
          {users.map((user) => (
            <tr key={user.id}>
              <Td>{user.email}</Td>
              <Td>{user.displayName}</Td>
              <Td>
                {user.disabled
                  ? t("status.disabled")
                  : user.invitePending
                    ? t("status.invited")
                    : t("status.active")}
              </Td>
              <Td>
                <span className="flex flex-wrap gap-3">
                  <OperatorDialog<Grant>
                    trigger={{
                      label: t("users.reset"),
                      ariaLabel: t("users.resetLabel", { email: user.email }),
                    }}
                    title={t("users.reset")}
                    success={t("users.resetDone")}
                    action={resetUserPasswordAction}
                    fixed={{ userId: user.id }}
                    onSuccess={showInvite}
                    fields={[
                      {
                        name: "password",
                        label: t("field.password"),
                        kind: "password",
                        hint: t("field.passwordHint"),
                      },
                    ]}
                  />
                  <OperatorDialog
                    trigger={{
                      label: user.disabled ? t("users.enable") : t("users.disable"),
                      ariaLabel: t(user.disabled ? "users.enableLabel" : "users.disableLabel", {
                        email: user.email,
                      }),
                    }}
                    title={user.disabled ? t("users.enable") : t("users.disable")}
                    success={t("users.saved")}
                    danger={!user.disabled}
                    action={modifyUserAction}
                    fixed={{ userId: user.id, disabled: !user.disabled }}
                    fields={[]}
                  />
                </span>
              </Td>
            </tr>
          ))}
        </tbody>
      </Table>
    </section>
  );
}
