// Accounts: partners and tenants on either site, and RAM users under a primary account.
import { asc, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { type Account, accounts, resourceGroups } from "../../../db/schema";
import type { Tx } from "../../../db/transaction";
import { RAM_POLICIES, SITES } from "../../domain/enums";
import { domainError } from "../../domain/errors";
import { newAccountUid, newResourceGroupId } from "../ids";
import { defineOperatorOperation } from "./operation";

const uid = z.string().regex(/^\d{16}$/, "InvalidParameter");
const name = z.string().trim().min(1).max(64);

export async function loadAccount(tx: Tx, accountUid: string): Promise<Account> {
  const account = await first(tx.select().from(accounts).where(eq(accounts.uid, accountUid)));
  if (!account) throw domainError("Operator.ResourceNotFound", { args: [`account ${accountUid}`] });
  return account;
}

async function insertAccount(tx: Tx, row: typeof accounts.$inferInsert, now: Date): Promise<Account> {
  if (await first(tx.select().from(accounts).where(eq(accounts.uid, row.uid)))) {
    throw domainError("Operator.ResourceExists", { args: [`UID ${row.uid}`], field: "uid" });
  }
  await tx.insert(accounts).values({ ...row, createdAt: now });
  // Every account has its default resource group, where a new shared port or VBR lands.
  await tx.insert(resourceGroups).values({
    id: newResourceGroupId(),
    accountUid: row.uid,
    name: "default resource group",
    isDefault: true,
    createdAt: now,
  });
  return loadAccount(tx, row.uid);
}

/** A partner or tenant primary account; the UID is generated for the site unless given. */
export const createAccount = defineOperatorOperation({
  action: "CreateAccount",
  kind: "write",
  input: z.object({
    name,
    site: z.enum(SITES),
    role: z.enum(["partner", "tenant"]),
    uid: uid.optional(),
    highSpecAllowed: z.boolean().default(false),
  }),
  async run({ tx, ctx }, input) {
    return insertAccount(
      tx,
      {
        uid: input.uid ?? newAccountUid(input.site),
        name: input.name,
        site: input.site,
        isPartner: input.role === "partner",
        highSpecAllowed: input.role === "partner" && input.highSpecAllowed,
      },
      ctx.now,
    );
  },
  resource: (_input, output) => output && { type: "account", id: output.uid },
});

/** A RAM user under a primary account, with its Express Connect policy; it logs on once given a user. */
export const createRamUser = defineOperatorOperation({
  action: "CreateRamUser",
  kind: "write",
  input: z.object({
    parentUid: uid,
    name,
    policy: z.enum(RAM_POLICIES),
    uid: uid.optional(),
  }),
  async run({ tx, ctx }, input) {
    const parent = await loadAccount(tx, input.parentUid);
    if (parent.type !== "primary") throw domainError("Operator.NotPrimary");
    return insertAccount(
      tx,
      {
        uid: input.uid ?? newAccountUid(parent.site),
        name: input.name,
        site: parent.site,
        type: "ram",
        parentUid: parent.uid,
        ramPolicy: input.policy,
      },
      ctx.now,
    );
  },
  resource: (_input, output) => output && { type: "account", id: output.uid },
});

/** Renames, grants or withdraws the 2G+ allowlist, changes a RAM user's policy, disables or enables. */
export const modifyAccount = defineOperatorOperation({
  action: "ModifyAccount",
  kind: "write",
  input: z.object({
    uid,
    name: name.optional(),
    highSpecAllowed: z.boolean().optional(),
    policy: z.enum(RAM_POLICIES).optional(),
    disabled: z.boolean().optional(),
  }),
  async run({ tx, ctx }, input) {
    const account = await loadAccount(tx, input.uid);
    await tx
      .update(accounts)
      .set({
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.highSpecAllowed !== undefined && account.isPartner
          ? { highSpecAllowed: input.highSpecAllowed }
          : {}),
        ...(input.policy !== undefined && account.type === "ram" ? { ramPolicy: input.policy } : {}),
        ...(input.disabled !== undefined ? { disabledAt: input.disabled ? ctx.now : null } : {}),
      })
      .where(eq(accounts.uid, account.uid));
    return loadAccount(tx, account.uid);
  },
  resource: (input) => ({ type: "account", id: input.uid }),
});

export const listAccounts = defineOperatorOperation({
  action: "ListAccounts",
  kind: "read",
  input: z.object({}).default({}),
  async run({ tx }) {
    return tx.select().from(accounts).orderBy(asc(accounts.createdAt), asc(accounts.uid));
  },
});
