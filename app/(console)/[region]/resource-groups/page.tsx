import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ResourceGroupFilter } from "@/components/resource-groups/resource-group-filter";
import {
  CreateResourceGroup,
  MovePort,
  ResourceGroupActions,
} from "@/components/resource-groups/resource-group-dialogs";
import { EmptyRow, Table, Td, Th } from "@/components/ui/table";
import { checkDeleteResourceGroup } from "@/lib/domain/resource-attributes";
import { readForPage } from "@/lib/server/console";
import { availabilityOf } from "@/lib/server/console-availability";
import { pageContext } from "@/lib/server/console-context";
import { listVirtualPhysicalConnections } from "@/lib/server/operations/list-virtual-physical-connections";
import { getAccountProfile } from "@/lib/server/queries/account-profile";
import { listResourceGroups } from "@/lib/server/resource-groups";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("resourceGroups"))("title") };
}

/**
 * Resource Management: the account's resource groups (create, rename, delete an empty one) and, for a
 * partner, the shared ports it offered by group, each movable to another group.
 */
export default async function ResourceGroupsPage({
  params,
  searchParams,
}: {
  params: Promise<{ region: string }>;
  searchParams: Promise<{ group?: string }>;
}) {
  const { region } = await params;
  const { group } = await searchParams;
  const ctx = await pageContext(`/${region}/resource-groups`);
  const [groups, profile] = await Promise.all([
    readForPage(ctx, listResourceGroups, {}),
    getAccountProfile(ctx),
  ]);
  const t = await getTranslations("resourceGroups");
  const deletable = await Promise.all(
    groups.map((g) => availabilityOf(checkDeleteResourceGroup(g, g.resourceCount))),
  );
  const chosen = groups.some((g) => g.id === group) ? group : undefined;
  const ports = profile?.isPartner
    ? await readForPage(ctx, listVirtualPhysicalConnections, {
        regionId: region,
        maxResults: 100,
        ...(chosen ? { resourceGroupId: chosen } : {}),
      })
    : null;
  const nameOf = new Map(groups.map((g) => [g.id, g.name]));
  return (
    <>
      <div className="mb-4 flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="mb-1 text-xl font-semibold">{t("title")}</h1>
          <p className="max-w-3xl text-slate-500">{t("intro")}</p>
        </div>
        <CreateResourceGroup />
      </div>
      <Table label={t("table")}>
        <thead>
          <tr>
            <Th>{t("name")}</Th>
            <Th>{t("id")}</Th>
            <Th>{t("resources")}</Th>
            <Th>{t("actions")}</Th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g, i) => {
            const availability = deletable[i];
            return (
              <tr key={g.id}>
                <Td>
                  {g.name}
                  {g.isDefault ? (
                    <span className="ml-2 rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">
                      {t("default")}
                    </span>
                  ) : null}
                </Td>
                <Td className="font-mono">{g.id}</Td>
                <Td>{g.resourceCount}</Td>
                <Td>
                  <ResourceGroupActions
                    group={{ id: g.id, name: g.name }}
                    deleteDisabledReason={availability?.allowed === false ? availability.reason : undefined}
                  />
                </Td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      {ports ? (
        <section aria-labelledby="resource-group-ports" className="mt-8">
          <h2 id="resource-group-ports" className="mb-1 text-lg font-semibold">
            {t("portsTitle")}
          </h2>
          <p className="mb-3 max-w-3xl text-slate-500">{t("portsIntro")}</p>
          <ResourceGroupFilter
            groups={groups.map((g) => ({ id: g.id, name: g.name }))}
            current={chosen ?? ""}
          />
          <Table label={t("portsTable")}>
            <thead>
              <tr>
                <Th>{t("portName")}</Th>
                <Th>{t("portId")}</Th>
                <Th>{t("group")}</Th>
                <Th>{t("actions")}</Th>
              </tr>
            </thead>
            <tbody>
              {ports.items.length === 0 ? (
                <EmptyRow colSpan={4}>{t("noPorts")}</EmptyRow>
              ) : (
                ports.items.map((port) => (
                  <tr key={port.id}>
                    <Td>{port.name ?? "-"}</Td>
                    <Td className="font-mono">{port.id}</Td>
                    <Td>
                      {port.resourceGroupId
                        ? (nameOf.get(port.resourceGroupId) ?? port.resourceGroupId)
                        : t("noGroup")}
                    </Td>
                    <Td>
                      <MovePort
                        regionId={region}
                        port={{ id: port.id, name: port.name, resourceGroupId: port.resourceGroupId }}
                        groups={groups.map((g) => ({ id: g.id, name: g.name }))}
                      />
                    </Td>
                  </tr>
                ))
              )}
            </tbody>
          </Table>
        </section>
      ) : null}
    </>
  );
}
