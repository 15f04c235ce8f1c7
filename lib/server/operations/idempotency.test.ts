// The API's Token under concurrency: a retry sent while the first call still runs replays its answer.
import assert from "node:assert/strict";
import { test } from "node:test";
import { DEMO_ACCOUNTS, DEMO_CIRCUITS } from "../../../db/seed";
import { createVirtualPhysicalConnection } from "./create-virtual-physical-connection";
import { runOperation } from "./operation";
import { caller, count, freshDb, HZ } from "./write-test-helpers";

test("ten calls with one Token at once create one shared port, and all ten answer it", async () => {
  const db = await freshDb();
  const portsBefore = await count(db, "hosted_connections");
  const input = {
    regionId: HZ,
    physicalConnectionId: DEMO_CIRCUITS.unicomHz01,
    vpconnAliUid: DEMO_ACCOUNTS.acme.uid,
    vlanId: 1900,
    spec: "50M",
  };
  const idempotency = { token: "retry-storm", requestHash: "same-request" };
  const answers = await Promise.all(
    Array.from({ length: 10 }, () =>
      runOperation(createVirtualPhysicalConnection, caller(db, "unicom"), input, { idempotency }),
    ),
  );
  const ids = new Set(answers.map((a) => a.virtualPhysicalConnection));
  assert.equal(ids.size, 1, `one port answered: ${[...ids].join(", ")}`);
  assert.equal(await count(db, "hosted_connections"), portsBefore + 1);
  assert.equal(await count(db, "idempotency_tokens"), 1);
});
