import "server-only";
import { notFound } from "next/navigation";
import { getDb } from "../../db/client";
import { isDomainError } from "../domain/errors";
import { requireConsoleCaller } from "./auth/session";
import { newRequestId } from "./ids";
import type { OperationContext } from "./operations/context";
import { describePhysicalConnections } from "./operations/describe-physical-connections";
import { type Operation, runOperation } from "./operations/operation";
import { type AccountProfile, getAccountProfile } from "./queries/account-profile";

/** An operation context for the signed-in console user; anonymous visitors go to /login. */
export async function consoleContext(callbackUrl: string): Promise<OperationContext> {
  const caller = await requireConsoleCaller(callbackUrl);
  return { db: getDb(), caller, requestId: newRequestId(), now: new Date() };
}

/**
 * Runs a read operation for a page. A refused read (unknown region, malformed filter in the URL)
 * renders the 404 page: the console never shows a raw error or another account's data.
 */
export async function readForPage<I, O>(
  op: Operation<I, O>,
  input: unknown,
  callbackUrl: string,
): Promise<O> {
  const ctx = await consoleContext(callbackUrl);
  try {
    return await runOperation(op, ctx, input);
  } catch (error) {
    if (isDomainError(error)) notFound();
    throw error;
  }
}

/** The signed-in account's own profile (privilege, allowlist, resource groups) for forms. */
export async function consoleProfile(callbackUrl: string): Promise<AccountProfile> {
  const caller = await requireConsoleCaller(callbackUrl);
  return (await getAccountProfile(caller.accountUid)) ?? notFound();
}

/** How many shared ports wait for this tenant's acceptance in the region: the navigation's badge. */
export async function pendingOfferCount(
  caller: OperationContext["caller"],
  regionId: string,
): Promise<number> {
  const ctx = { db: getDb(), caller, requestId: newRequestId(), now: new Date() };
  const page = await runOperation(describePhysicalConnections, ctx, {
    regionId,
    consoleStatus: "pendingAcceptance",
    pageSize: 1,
  });
  return page.totalCount;
}
