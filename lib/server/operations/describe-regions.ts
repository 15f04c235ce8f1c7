import { asc } from "drizzle-orm";
import { z } from "zod";
import { regions } from "../../../db/schema";
import { defineOperation } from "./operation";

export type RegionDto = { regionId: string; localName: string; nameEn: string; nameZh: string };

export const describeRegions = defineOperation({
  action: "DescribeRegions",
  kind: "read",
  input: z.object({ acceptLanguage: z.enum(["zh-CN", "en-US"]).default("zh-CN") }),
  async run({ tx }, input): Promise<{ regions: RegionDto[] }> {
    const rows = await tx.select().from(regions).orderBy(asc(regions.sortOrder));
    return {
      regions: rows.map((r) => ({
        regionId: r.id,
        localName: input.acceptLanguage === "en-US" ? r.nameEn : r.nameZh,
        nameEn: r.nameEn,
        nameZh: r.nameZh,
      })),
    };
  },
});
