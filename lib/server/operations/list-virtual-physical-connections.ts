import { and, count, eq, inArray, or } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections, tags, vlanAllocations } from "../../../db/schema";
import { BUSINESS_STATUSES, PHYSICAL_CONNECTION_STATUSES, VPCONN_STATUSES } from "../../domain/enums";
import { domainError } from "../../domain/errors";
import { regionIdSchema } from "../../inputs/ids";
import { sharedPortSortSchema } from "../../inputs/list-sort";
import {
  decodeNextToken,
  encodeNextToken,
  HOSTED_CONNECTION_CONSOLE_STATUSES,
  hostedConnectionConsoleStatusWhere,
  idListSchema,
  searchSchema,
} from "./filters";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import {
  contains,
  type HostedConnectionDto,
  liveHostedConnection,
  selectHostedConnectionPage,
  toHostedConnectionDtos,
} from "./records";

const input = z.object({
  regionId: regionIdSchema,
  physicalConnectionId: z.string().trim().min(1).max(64).optional(),
  virtualPhysicalConnectionIds: idListSchema,
  aliUids: z
    .array(z.string().regex(/^\d{1,20}$/))
    .max(100)
    .optional(),
  vlanIds: z.array(z.coerce.number().int().min(0).max(2999)).max(100).optional(),
  vpconnStatuses: z.array(z.enum(VPCONN_STATUSES)).max(3).optional(),
  statuses: z.array(z.enum(PHYSICAL_CONNECTION_STATUSES)).max(20).optional(),
  businessStatus: z.enum(BUSINESS_STATUSES).optional(),
  isConfirmed: z.boolean().optional(),
  resourceGroupId: z.string().max(64).optional(),
  tags: z
    .array(z.object({ key: z.string().min(1).max(128), value: z.string().max(128).optional() }))
    .max(20)
    .optional(),
  consoleStatus: z.enum(HOSTED_CONNECTION_CONSOLE_STATUSES).optional(),
  search: searchSchema,
  maxResults: z.coerce.number().int().min(1).max(100).default(20),
  /** The API pages with NextToken, the console with page numbers; both are offsets underneath. */
  nextToken: z.string().max(256).optional(),
  pageNumber: z.coerce.number().int().min(1).max(1_000_000).optional(),
  /** The console's column order; the API lists newest first. */
  sort: sharedPortSortSchema.optional(),
});

export type ListVirtualPhysicalConnectionsOutput = {
  totalCount: number;
  count: number;
  nextToken: string;
  items: HostedConnectionDto[];
};

/**
 * Shared ports the caller may see: a partner sees those on its circuits, a tenant its own. Deleted ones
 * are listed only when asked for by VpconnStatus "Deleted".
 */
export const listVirtualPhysicalConnections = defineOperation({
  action: "ListVirtualPhysicalConnections",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<ListVirtualPhysicalConnectionsOutput> {
    await loadRegion(tx, q.regionId);
    const offset =
      q.pageNumber !== undefined ? (q.pageNumber - 1) * q.maxResults : decodeNextToken(q.nextToken);
    if (offset === null) throw domainError("InvalidParameter", { args: ["NextToken"], field: "NextToken" });

    // The circuits whose ports the caller may see: a partner's own in the region, else all in the region.
    const scopeCircuits = () =>
      tx
        .select({ id: circuits.id })
        .from(circuits)
        .where(
          account.isPartner
            ? and(eq(circuits.ownerUid, account.uid), eq(circuits.regionId, q.regionId))
            : eq(circuits.regionId, q.regionId),
        );
    const visible = account.isPartner
      ? inArray(hostedConnections.circuitId, scopeCircuits())
      : and(
          eq(hostedConnections.tenantUid, account.uid),
          inArray(hostedConnections.circuitId, scopeCircuits()),
        );
    const where = and(
      visible,
      q.vpconnStatuses?.includes("Deleted") ? undefined : liveHostedConnection,
      q.physicalConnectionId ? eq(hostedConnections.circuitId, q.physicalConnectionId) : undefined,
      q.virtualPhysicalConnectionIds && inArray(hostedConnections.id, q.virtualPhysicalConnectionIds),
      q.aliUids && inArray(hostedConnections.tenantUid, q.aliUids),
      q.vlanIds &&
        inArray(
          hostedConnections.vlanAllocationId,
          // Scoped by circuit too: (circuit_id, vlan_id) probes of the unique index, not a scan of all VLANs.
          tx
            .select({ id: vlanAllocations.id })
            .from(vlanAllocations)
            .where(
              and(
                inArray(vlanAllocations.circuitId, scopeCircuits()),
                inArray(vlanAllocations.vlanId, q.vlanIds),
              ),
            ),
        ),
      q.vpconnStatuses && inArray(hostedConnections.vpconnStatus, q.vpconnStatuses),
      q.statuses && inArray(hostedConnections.status, q.statuses),
      q.businessStatus ? eq(hostedConnections.businessStatus, q.businessStatus) : undefined,
      q.isConfirmed === undefined
        ? undefined
        : q.isConfirmed
          ? eq(hostedConnections.vpconnStatus, "Confirmed")
          : eq(hostedConnections.vpconnStatus, "UnConfirmed"),
      q.resourceGroupId ? eq(hostedConnections.resourceGroupId, q.resourceGroupId) : undefined,
      ...(q.tags ?? []).map((tag) =>
        inArray(
          hostedConnections.id,
          tx
            .select({ id: tags.resourceId })
            .from(tags)
            .where(
              and(
                eq(tags.resourceType, "hosted_connection"),
                eq(tags.key, tag.key),
                tag.value === undefined ? undefined : eq(tags.value, tag.value),
              ),
            ),
        ),
      ),
      q.consoleStatus && hostedConnectionConsoleStatusWhere(q.consoleStatus),
      q.search
        ? or(
            contains(hostedConnections.id, q.search),
            contains(hostedConnections.name, q.search),
            contains(hostedConnections.tenantUid, q.search),
            // A number in the search box also finds the port holding that VLAN ID.
            /^\d{1,4}$/.test(q.search)
              ? inArray(
                  hostedConnections.vlanAllocationId,
                  tx
                    .select({ id: vlanAllocations.id })
                    .from(vlanAllocations)
                    .where(
                      and(
                        inArray(vlanAllocations.circuitId, scopeCircuits()),
                        eq(vlanAllocations.vlanId, Number(q.search)),
                      ),
                    ),
                )
              : undefined,
          )
        : undefined,
    );
    const totalCount = (await first(tx.select({ n: count() }).from(hostedConnections).where(where)))?.n ?? 0;
    const items = await toHostedConnectionDtos(
      tx,
      await selectHostedConnectionPage(tx, where, q.maxResults, offset, q.sort),
    );
    const next = offset + items.length;
    return {
      totalCount,
      count: items.length,
      nextToken: next < totalCount ? encodeNextToken(next) : "",
      items,
    };
  },
});
