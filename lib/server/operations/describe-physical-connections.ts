import { and, count, eq, gt, inArray, lte, or, type SQL, sql } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { circuits, hostedConnections } from "../../../db/schema";
import {
  LINE_OPERATORS,
  PHYSICAL_CONNECTION_STATUSES,
  PRODUCT_TYPES,
  SPECS,
  specMbps,
} from "../../domain/enums";
import { regionIdSchema } from "../../inputs/ids";
import { sharedPortSortSchema } from "../../inputs/list-sort";
import {
  anyCaseEnum,
  HOSTED_CONNECTION_CONSOLE_STATUSES,
  hostedConnectionConsoleStatusWhere,
  idListSchema,
  pageNumberSchema,
  searchSchema,
  taggedWith,
  tagFilterSchema,
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

/** The Spec filter's classes of a circuit's or shared port's bandwidth, in Mbit/s; nothing here is 40G or more. */
const SPEC_CLASSES = ["1G and below", "10G", "40G", "100G"] as const;
type SpecClass = (typeof SPEC_CLASSES)[number];
const SPEC_CLASS_MBPS: Record<SpecClass, { above: number; upTo: number } | null> = {
  "1G and below": { above: 0, upTo: 1000 },
  "10G": { above: 1000, upTo: 10000 },
  "40G": null,
  "100G": null,
};

function inSpecClass(mbps: number, specClass: SpecClass): boolean {
  const range = SPEC_CLASS_MBPS[specClass];
  return range !== null && mbps > range.above && mbps <= range.upTo;
}

/** Every circuit and shared port here is of Type VPC, the only value the filter documents. */
const isVpcType = (types: string[] | undefined) => !types || types.some((t) => t.toUpperCase() === "VPC");

const input = z.object({
  regionId: regionIdSchema,
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
  search: searchSchema,
  consoleStatus: z.enum(HOSTED_CONNECTION_CONSOLE_STATUSES).optional(),
  /** The console's column order of a tenant's shared ports; the API lists newest first. */
  sort: sharedPortSortSchema.optional(),
  filters: z
    .object({
      physicalConnectionId: idListSchema,
      accessPointId: idListSchema,
      name: z.array(z.string().max(128)).max(20).optional(),
      status: z.array(anyCaseEnum(PHYSICAL_CONNECTION_STATUSES)).max(20).optional(),
      lineOperator: z.array(anyCaseEnum(LINE_OPERATORS)).max(10).optional(),
      productType: z.array(anyCaseEnum(PRODUCT_TYPES)).max(2).optional(),
      type: z.array(z.string().max(64)).max(10).optional(),
      spec: z.array(anyCaseEnum(SPEC_CLASSES)).max(4).optional(),
    })
    .default({}),
  resourceGroupId: z.string().trim().max(64).optional(),
  tags: tagFilterSchema,
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

    const none = { ...page, totalCount: 0, items: [] };
    if (!isVpcType(q.filters.type)) return none;
    const specClasses = q.filters.spec;

    if (account.isPartner) {
      // A circuit carries no tags and no resource group (its record shows none), so either filter leaves none.
      if (wanted && !wanted.includes("PhysicalConnection")) return none;
      if (q.tags || q.resourceGroupId !== undefined) return none;
      const where = and(
        eq(circuits.ownerUid, account.uid),
        eq(circuits.regionId, q.regionId),
        q.filters.physicalConnectionId && inArray(circuits.id, q.filters.physicalConnectionId),
        q.filters.accessPointId && inArray(circuits.accessPointId, q.filters.accessPointId),
        q.filters.name && inArray(circuits.name, q.filters.name),
        q.filters.status && inArray(circuits.status, q.filters.status),
        q.filters.lineOperator && inArray(circuits.lineOperator, q.filters.lineOperator),
        specClasses && or(...specClasses.map((c) => circuitInSpecClass(c)), sql`false`),
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

    if (wanted && !wanted.includes("VirtualPhysicalConnection")) return none;
    const specs =
      specClasses && SPECS.filter((spec) => specClasses.some((c) => inSpecClass(specMbps(spec), c)));
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
      specs && (specs.length > 0 ? inArray(hostedConnections.spec, specs) : sql`false`),
      q.resourceGroupId === undefined ? undefined : eq(hostedConnections.resourceGroupId, q.resourceGroupId),
      ...taggedWith(tx, "hosted_connection", hostedConnections.id, q.tags),
      q.consoleStatus && hostedConnectionConsoleStatusWhere(q.consoleStatus),
      q.search
        ? or(contains(hostedConnections.id, q.search), contains(hostedConnections.name, q.search))
        : undefined,
    ) as SQL;
    const total = (await first(tx.select({ n: count() }).from(hostedConnections).where(where)))?.n ?? 0;
    const rows = await selectHostedConnectionPage(tx, where, q.pageSize, offset, q.sort);
    return { ...page, totalCount: total, items: await toHostedConnectionDtos(tx, rows) };
  },
});

function circuitInSpecClass(specClass: SpecClass): SQL {
  const range = SPEC_CLASS_MBPS[specClass];
  if (range === null) return sql`false`;
  return and(gt(circuits.capacityMbps, range.above), lte(circuits.capacityMbps, range.upTo)) as SQL;
}
