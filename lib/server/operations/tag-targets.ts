// What the tag actions (TagResources, UnTagResources, ListTagResources) act on: shared ports as
// PHYSICALCONNECTION and VBRs as VBR (or VIRTUALBORDERROUTER, the Express Connect tag actions' name).
// Circuits carry no tags here, so a circuit's ID is not found among them.
import { z } from "zod";
import type { Account } from "../../../db/schema";
import { checkTagPort, checkTagVbr } from "../../domain/resource-attributes";
import { unwrap } from "../../domain/verdict";
import type { Tx } from "./context";
import { anyCaseEnum } from "./filters";
import { loadHostedConnection, loadVbr } from "./loaders";

export const TAG_RESOURCE_TYPES = ["PHYSICALCONNECTION", "VBR", "VIRTUALBORDERROUTER"] as const;
export type TagResourceType = (typeof TAG_RESOURCE_TYPES)[number];
export type TagTable = "hosted_connection" | "vbr";

const missingOrInvalid = (issue: { input?: unknown }) =>
  issue.input === undefined ? "MissingParameter" : "InvalidParameter";

export const tagResourceTypeSchema = z
  .string({ error: missingOrInvalid })
  .pipe(anyCaseEnum(TAG_RESOURCE_TYPES));

export const tableOf = (type: TagResourceType): TagTable =>
  type === "PHYSICALCONNECTION" ? "hosted_connection" : "vbr";

export const resourceIdsSchema = z
  .array(z.string().trim().min(1).max(64), { error: missingOrInvalid })
  .min(1, { error: "MissingParameter" })
  .max(50, { error: "NumberExceed.ResourceIds" });

/** A resource the caller may tag: a shared port it pays for, a VBR it owns; any other is refused. */
export async function loadTagTarget(
  tx: Tx,
  account: Account,
  regionId: string,
  table: TagTable,
  id: string,
): Promise<void> {
  const notFound = { key: "InvalidResourceId.NotFound", field: "ResourceId" } as const;
  if (table === "hosted_connection") {
    const access = await loadHostedConnection(tx, account, regionId, id, notFound);
    unwrap(checkTagPort(access.role, access.hc.orderMode));
  } else {
    const access = await loadVbr(tx, account, regionId, id, notFound);
    unwrap(checkTagVbr(access.ownerIsCaller));
  }
}
