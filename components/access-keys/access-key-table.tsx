import { getTranslations } from "next-intl/server";
import { DateTime } from "@/components/ui/date-time";
import { StatusBadge } from "@/components/ui/status-badge";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import type { AccessKeyDto } from "@/lib/server/access-keys";
import { AccessKeyActions } from "./access-key-actions";

/** The caller's AccessKeys: never a secret, which is shown only in the answer to its creation. */
export async function AccessKeyTable({ keys }: { keys: AccessKeyDto[] }) {
  const t = await getTranslations("accessKeys");
  return (
    <Table label={t("table")}>
      <thead>
        <tr>
          <Th>{t("id")}</Th>
          <Th>{t("status")}</Th>
          <Th>{t("createdAt")}</Th>
          <Th>{t("lastUsedAt")}</Th>
          <Th>{t("actions")}</Th>
        </tr>
      </thead>
      <tbody>
        {keys.length === 0 ? (
          <EmptyRow colSpan={5}>{t("empty")}</EmptyRow>
        ) : (
          keys.map((key) => (
            <tr key={key.accessKeyId}>
              <Td className="font-mono">{key.accessKeyId}</Td>
              <Td>
                <StatusBadge tone={key.status === "Active" ? "success" : "neutral"}>
                  {t(`statuses.${key.status}`)}
                </StatusBadge>
              </Td>
              <Td>
                <DateTime value={key.createdAt} />
              </Td>
              <Td>{key.lastUsedAt ? <DateTime value={key.lastUsedAt} /> : t("never")}</Td>
              <Td>
                <AccessKeyActions accessKeyId={key.accessKeyId} status={key.status} />
              </Td>
            </tr>
          ))
        )}
      </tbody>
    </Table>
  );
}
