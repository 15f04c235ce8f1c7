import { and, count, eq, inArray, or, type SQL } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections } from "../../../db/schema";
import { LINE_OPERATORS, PHYSICAL_CONNECTION_STATUSES, PRODUCT_TYPES } from "../../domain/enums";
import { regionIdSchema } from "../../inputs/ids";
import {
  HOSTED_CONNECTION_CONSOLE_STATUSES,
  hostedConnectionConsoleStatusWhere,
  idListSchema,
  pageNumberSchema,
  searchSchema,
} from "./filters";
import { loadRegion } from "./loaders";
import { defineOperation } from "./operation";
import {
  type CircuitDto,
  circuitSelect,
  contains,
  type HostedConnectionDto,
  liveHostedConnection,
  selectHostedConnectionPage,
  toCircuitDtos,
  toHostedConnectionDtos,
} from "./records";

const input = z.object({
  regionId: regionIdSchema,
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  search: searchSchema,
  consoleStatus: z.enum(HOSTED_CONNECTION_CONSOLE_STATUSES).optional(),
  filters: z
    .object({
      physicalConnectionId: idListSchema,
      accessPointId: idListSchema,
      name: z.array(z.string().max(128)).max(20).optional(),
      status: z.array(z.enum(PHYSICAL_CONNECTION_STATUSES)).max(20).optional(),
      lineOperator: z.array(z.enum(LINE_OPERATORS)).max(10).optional(),
      productType: z.array(z.enum(PRODUCT_TYPES)).max(2).optional(),
    })
    .default({}),
});

export type DescribePhysicalConnectionsOutput = {
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  /** A partner sees its circuits; a tenant sees its shared ports. */
  callerRole: "partner" | "tenant";
  items: Array<CircuitDto | HostedConnectionDto>;
};

export const describePhysicalConnections = defineOperation({
  action: "DescribePhysicalConnections",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<DescribePhysicalConnectionsOutput> {
    await loadRegion(tx, q.regionId);
    const offset = (q.pageNumber - 1) * q.pageSize;
    const page = {
      pageNumber: q.pageNumber,
      pageSize: q.pageSize,
      callerRole: account.isPartner ? ("partner" as const) : ("tenant" as const),
    };
    const wanted = q.filters.productType;

    if (account.isPartner) {
      if (wanted && !wanted.includes("PhysicalConnection")) return { ...page, totalCount: 0, items: [] };
      const where = and(
        eq(circuits.ownerUid, account.uid),
        eq(circuits.regionId, q.regionId),
        q.filters.physicalConnectionId && inArray(circuits.id, q.filters.physicalConnectionId),
        q.filters.accessPointId && inArray(circuits.accessPointId, q.filters.accessPointId),
        q.filters.name && inArray(circuits.name, q.filters.name),
        q.filters.status && inArray(circuits.status, q.filters.status),
        q.filters.lineOperator && inArray(circuits.lineOperator, q.filters.lineOperator),
        q.search ? or(contains(circuits.id, q.search), contains(circuits.name, q.search)) : undefined,
      );
      const total = (await first(tx.select({ n: count() }).from(circuits).where(where)))?.n ?? 0;
      const rows = await circuitSelect(tx)
        .where(where)
        .orderBy(circuits.name, circuits.id)
        .limit(q.pageSize)
        .offset(offset);
      return { ...page, totalCount: total, items: await toCircuitDtos(tx, rows) };
    }

    if (wanted && !wanted.includes("VirtualPhysicalConnection")) return { ...page, totalCount: 0, items: [] };
    const where = and(
      eq(hostedConnections.tenantUid, account.uid),
      liveHostedConnection,
      inArray(
        hostedConnections.circuitId,
        tx.select({ id: circuits.id }).from(circuits).where(eq(circuits.regionId, q.regionId)),
      ),
      q.filters.physicalConnectionId && inArray(hostedConnections.id, q.filters.physicalConnectionId),
      q.filters.name && inArray(hostedConnections.name, q.filters.name),
      q.filters.status && inArray(hostedConnections.status, q.filters.status),
      q.consoleStatus && hostedConnectionConsoleStatusWhere(q.consoleStatus),
      q.search
        ? or(contains(hostedConnections.id, q.search), contains(hostedConnections.name, q.search))
        : undefined,
    ) as SQL;
    const total = (await first(tx.select({ n: count() }).from(hostedConnections).where(where)))?.n ?? 0;
    const rows = await selectHostedConnectionPage(tx, where, q.pageSize, offset);
    return { ...page, totalCount: total, items: await toHostedConnectionDtos(tx, rows) };
  },
});
