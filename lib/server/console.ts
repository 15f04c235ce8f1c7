import "server-only";
import { notFound } from "next/navigation";
import { isDomainError } from "../domain/errors";
import type { ConsoleContext } from "./console-context";
import { describePhysicalConnections } from "./operations/describe-physical-connections";
import { type Operation, runOperation } from "./operations/operation";
import { type AccountProfile, getAccountProfile } from "./queries/account-profile";

/**
 * Runs a read operation for a page. A refused read (unknown region, malformed filter in the URL)
 * renders the 404 page: the console never shows a raw error or another account's data.
 */
export async function readForPage<I, O>(
  ctx: ConsoleContext,
  op: Operation<I, O>,
  input: unknown,
): Promise<O> {
  try {
    return await runOperation(op, ctx, input);
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
}

/** The signed-in account's own profile (privilege, allowlist, resource groups) for forms. */
export async function consoleProfile(ctx: ConsoleContext): Promise<AccountProfile> {
  return (await getAccountProfile(ctx)) ?? notFound();
}

/** How many shared ports wait for this tenant's acceptance in the region: the navigation's badge. */
export async function pendingOfferCount(ctx: ConsoleContext, regionId: string): Promise<number> {
  const page = await runOperation(describePhysicalConnections, ctx, {
    regionId,
    consoleStatus: "pendingAcceptance",
    pageSize: 1,
  });
  return page.totalCount;
}

/** What the caller has in each other region (circuits or shared ports, and offers waiting), for a hint to go there. */
export async function otherRegionCounts(
  ctx: ConsoleContext,
  regionIds: string[],
): Promise<Array<{ regionId: string; total: number; pending: number }>> {
  const counts = await Promise.all(
    regionIds.map(async (regionId) => {
      const all = await runOperation(describePhysicalConnections, ctx, { regionId, pageSize: 1 });
      const pending = all.callerRole === "partner" ? 0 : await pendingOfferCount(ctx, regionId);
      return { regionId, total: all.totalCount, pending };
    }),
  );
  return counts.filter((c) => c.total > 0);
}
