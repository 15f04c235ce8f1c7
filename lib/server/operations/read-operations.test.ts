import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { createTestDb } from "../../../db/test/test-db";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS, DEMO_HOSTED_CONNECTIONS, DEMO_VBRS } from "../../../db/seed";
import { isDomainError } from "../../domain/errors";
import {
  describePhysicalConnections,
  describeRegions,
  describeVirtualBorderRouters,
  listVirtualPhysicalConnections,
  runOperation,
} from "./index";
import { contextFor } from "./test-helpers";

const db = await createTestDb();
const as = (who: keyof typeof DEMO_ACCOUNTS) => contextFor(db, DEMO_ACCOUNTS[who].uid);
const names = (items: Array<{ name: string | null }>) => items.map((i) => i.name).sort();

describe("DescribeRegions", () => {
  test("lists the three demo regions in the asked language", async () => {
    const out = await runOperation(describeRegions, as("acme"), { acceptLanguage: "en-US" });
    assert.deepEqual(
      out.regions.map((r) => [r.regionId, r.localName]),
      [
        ["cn-hangzhou", "China (Hangzhou)"],
        ["cn-beijing", "China (Beijing)"],
        ["us-east-1", "US (Virginia)"],
      ],
    );
  });
});

describe("DescribePhysicalConnections", () => {
  test("a partner sees its own circuits of the region with usage, never another partner's", async () => {
    const out = await runOperation(describePhysicalConnections, as("unicom"), {
      regionId: "cn-hangzhou",
      pageSize: 20,
    });
    assert.deepEqual(names(out.items), ["unicom-hz-01", "unicom-hz-02"]);
    const hz01 = out.items.find((i) => i.id === DEMO_CIRCUITS.unicomHz01);
    assert.ok(hz01 && hz01.productType === "PhysicalConnection");
    assert.equal(hz01.hostedConnectionCount, 2);
    assert.equal(hz01.usedMbps, 1200);
    const equinix = await runOperation(describePhysicalConnections, as("equinix"), {
      regionId: "cn-hangzhou",
    });
    assert.equal(equinix.totalCount, 0);
  });

  test("a tenant sees only its own shared ports", async () => {
    const acme = await runOperation(describePhysicalConnections, as("acme"), { regionId: "cn-hangzhou" });
    assert.deepEqual(names(acme.items), ["acme-hz-backup", "acme-hz-prod"]);
    const globex = await runOperation(describePhysicalConnections, as("globex"), { regionId: "cn-hangzhou" });
    assert.deepEqual(names(globex.items), ["globex-offer"]);
    const initech = await runOperation(describePhysicalConnections, as("initech"), {
      regionId: "cn-hangzhou",
    });
    assert.equal(initech.totalCount, 0);
  });

  test("filters by ID, search and console status, and pages", async () => {
    const byId = await runOperation(describePhysicalConnections, as("acme"), {
      regionId: "cn-hangzhou",
      filters: { physicalConnectionId: [DEMO_HOSTED_CONNECTIONS.globexOffer] },
    });
    assert.equal(byId.totalCount, 0, "another tenant's port is invisible even by ID");
    const search = await runOperation(describePhysicalConnections, as("acme"), {
      regionId: "cn-hangzhou",
      search: "BACKUP",
    });
    assert.deepEqual(names(search.items), ["acme-hz-backup"]);
    const wildcard = await runOperation(describePhysicalConnections, as("acme"), {
      regionId: "cn-hangzhou",
      search: "%",
    });
    assert.equal(wildcard.totalCount, 0, "% is literal text");
    const disabled = await runOperation(describePhysicalConnections, as("acme"), {
      regionId: "cn-hangzhou",
      consoleStatus: "disabled",
    });
    assert.deepEqual(names(disabled.items), ["acme-hz-backup"]);
    const page2 = await runOperation(describePhysicalConnections, as("acme"), {
      regionId: "cn-hangzhou",
      pageSize: 1,
      pageNumber: 2,
    });
    assert.equal(page2.items.length, 1);
    assert.equal(page2.totalCount, 2);
  });

  test("an unknown region is refused with InvalidRegionId.NotFound", async () => {
    await assert.rejects(
      () => runOperation(describePhysicalConnections, as("acme"), { regionId: "mars-1" }),
      (e) => isDomainError(e) && e.code === "InvalidRegionId.NotFound" && e.httpStatus === 404,
    );
  });

  test("the RAM user is refused with Forbidden.RAM", async () => {
    await assert.rejects(
      () => runOperation(describePhysicalConnections, as("acmeRam"), { regionId: "cn-hangzhou" }),
      (e) => isDomainError(e) && e.code === "Forbidden.RAM",
    );
  });

  test("malformed input is refused with InvalidParameter", async () => {
    await assert.rejects(
      () => runOperation(describePhysicalConnections, as("acme"), { regionId: "cn-hangzhou", pageSize: 51 }),
      (e) => isDomainError(e) && e.code === "InvalidParameter" && e.field === "pageSize",
    );
  });
});

describe("ListVirtualPhysicalConnections", () => {
  test("a partner lists the shared ports on its circuits with VLAN and tenant", async () => {
    const out = await runOperation(listVirtualPhysicalConnections, as("unicom"), {
      regionId: "cn-hangzhou",
      physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
    });
    assert.deepEqual(out.items.map((i) => [i.name, i.vlanId, i.tenantUid]).sort(), [
      ["acme-hz-prod", 101, DEMO_ACCOUNTS.acme.uid],
      ["globex-offer", 102, DEMO_ACCOUNTS.globex.uid],
    ]);
    assert.equal(out.nextToken, "");
  });

  test("another partner sees nothing on unicom's circuit", async () => {
    const out = await runOperation(listVirtualPhysicalConnections, as("equinix"), {
      regionId: "cn-hangzhou",
      physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
    });
    assert.equal(out.totalCount, 0);
  });

  test("NextToken pages through every row once", async () => {
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const out = await runOperation(listVirtualPhysicalConnections, as("unicom"), {
        regionId: "cn-hangzhou",
        maxResults: 1,
        nextToken,
      });
      seen.push(...out.items.map((i) => i.id));
      nextToken = out.nextToken || undefined;
    } while (nextToken);
    assert.equal(seen.length, 3);
    assert.equal(new Set(seen).size, 3);
  });

  test("the search box finds a port by its exact VLAN ID or its tenant's UID", async () => {
    const byVlan = await runOperation(listVirtualPhysicalConnections, as("unicom"), {
      regionId: "cn-hangzhou",
      search: "201",
    });
    assert.deepEqual(names(byVlan.items), ["acme-hz-backup"]);
    const byTenant = await runOperation(listVirtualPhysicalConnections, as("unicom"), {
      regionId: "cn-hangzhou",
      search: DEMO_ACCOUNTS.globex.uid,
    });
    assert.deepEqual(names(byTenant.items), ["globex-offer"]);
  });

  test("filters by VLAN and tenant UID; a forged NextToken is refused", async () => {
    const out = await runOperation(listVirtualPhysicalConnections, as("unicom"), {
      regionId: "cn-hangzhou",
      vlanIds: [201],
      aliUids: [DEMO_ACCOUNTS.acme.uid],
    });
    assert.deepEqual(names(out.items), ["acme-hz-backup"]);
    await assert.rejects(
      () =>
        runOperation(listVirtualPhysicalConnections, as("unicom"), {
          regionId: "cn-hangzhou",
          nextToken: "bogus",
        }),
      (e) => isDomainError(e) && e.code === "InvalidParameter",
    );
  });
});

describe("DescribeVirtualBorderRouters", () => {
  test("a tenant sees its own VBRs; the partner sees VBRs on its circuits only with IncludeCrossAccountVbr", async () => {
    const acme = await runOperation(describeVirtualBorderRouters, as("acme"), { regionId: "cn-hangzhou" });
    assert.deepEqual(
      acme.items.map((v) => v.id),
      [DEMO_VBRS.acmeVbrProd],
    );
    assert.equal(acme.items[0]?.bandwidthMbps, 1000, "a hosted VBR follows its port's spec");
    assert.equal(acme.items[0]?.physicalConnectionId, DEMO_HOSTED_CONNECTIONS.acmeHzProd);
    const own = await runOperation(describeVirtualBorderRouters, as("unicom"), { regionId: "cn-hangzhou" });
    assert.equal(own.totalCount, 0);
    const cross = await runOperation(describeVirtualBorderRouters, as("unicom"), {
      regionId: "cn-hangzhou",
      includeCrossAccountVbr: true,
      filters: { physicalConnectionId: [DEMO_CIRCUITS.unicomHz02] },
    });
    assert.deepEqual(names(cross.items), ["globex-legacy-vbr"]);
    assert.equal(cross.items[0]?.bandwidthMbps, null, "the legacy VBR has no cap");
  });

  test("another tenant never sees Acme's VBR", async () => {
    const globex = await runOperation(describeVirtualBorderRouters, as("globex"), {
      regionId: "cn-hangzhou",
      includeCrossAccountVbr: true,
    });
    assert.deepEqual(names(globex.items), ["globex-legacy-vbr"]);
  });
});
