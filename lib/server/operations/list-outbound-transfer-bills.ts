import { count, desc, eq } from "drizzle-orm";
import { z } from "zod";
import { first } from "../../../db/rows";
import { hostedConnections, outboundTransferBills } from "../../../db/schema";
import { pageNumberSchema } from "./filters";
import { defineOperation } from "./operation";

export type OutboundTransferBillDto = {
  id: string;
  hostedConnectionId: string;
  hostedConnectionName: string | null;
  month: string;
  bytesOut: number;
  centsPerGb: number;
  amountCents: number;
  currency: string;
  createdAt: string;
};

export type ListOutboundTransferBillsOutput = {
  /** The account's "outbound data transfer billing" switch (ModifyOutboundTransferBilling). */
  enabled: boolean;
  pageNumber: number;
  pageSize: number;
  totalCount: number;
  items: OutboundTransferBillDto[];
};

const input = z.object({
  pageNumber: pageNumberSchema,
  pageSize: z.coerce.number().int().min(1).max(50).default(10),
});

/**
 * Console only, not an Alibaba API action: the caller's monthly outbound data transfer bills (as the
 * ports' tenant, who pays them), newest month first, each with the bytes it was made from.
 */
export const listOutboundTransferBills = defineOperation({
  action: "ListOutboundTransferBills",
  kind: "read",
  input,
  async run({ tx, account }, q): Promise<ListOutboundTransferBillsOutput> {
    const mine = eq(outboundTransferBills.payerUid, account.uid);
    const totalCount =
      (await first(tx.select({ n: count() }).from(outboundTransferBills).where(mine)))?.n ?? 0;
    const rows = await tx
      .select({ bill: outboundTransferBills, name: hostedConnections.name })
      .from(outboundTransferBills)
      .innerJoin(hostedConnections, eq(hostedConnections.id, outboundTransferBills.hostedConnectionId))
      .where(mine)
      .orderBy(desc(outboundTransferBills.month), outboundTransferBills.hostedConnectionId)
      .limit(q.pageSize)
      .offset((q.pageNumber - 1) * q.pageSize);
    return {
      enabled: account.trafficBillingEnabled,
      pageNumber: q.pageNumber,
      pageSize: q.pageSize,
      totalCount,
      items: rows.map(({ bill, name }) => ({
        id: bill.id,
        hostedConnectionId: bill.hostedConnectionId,
        hostedConnectionName: name,
        month: bill.month,
        bytesOut: bill.bytesOut,
        centsPerGb: bill.centsPerGb,
        amountCents: bill.amountCents,
        currency: bill.currency,
        createdAt: bill.createdAt.toISOString(),
      })),
    };
  },
});
