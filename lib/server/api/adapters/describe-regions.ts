import { defineAdapter } from "../adapter";

export const describeRegionsAdapter = defineAdapter({
  action: "DescribeRegions",
  fields: [{ wire: "AcceptLanguage", key: "acceptLanguage" }],
  respond: (out) => ({
    Regions: {
      Region: out.regions.map((r) => ({
        RegionId: r.regionId,
        LocalName: r.localName,
        RegionEndpoint: "vpc.aliyuncs.com",
      })),
    },
  }),
});
