import assert from "node:assert/strict";
import { describe, test } from "node:test";
import {
  DomainError,
  domainError,
  ERROR_CATALOG,
  type ErrorCode,
  formatMessage,
  isDomainError,
  isErrorCode,
  missingParameter,
  wireCode,
} from "./errors";

describe("ERROR_CATALOG", () => {
  test("keeps documented messages verbatim", () => {
    assert.equal(
      ERROR_CATALOG["InvalidDescription.Malformed"].message,
      "The specifid Description is not valid.",
    );
    assert.equal(ERROR_CATALOG["IllegalParam.Bandwidth"].message, "The param of Bandwidth [%s] is illegal.");
    assert.equal(
      ERROR_CATALOG["OperationDenied.CreateVpconn"].message,
      "You are not allowed to create virtual physical connection. Please contact you CBM.",
    );
    assert.equal(
      ERROR_CATALOG["QuotaExceeded.VPCONN"].message,
      "The quota of VPCONN_COUNT_PER_PCONN is exceeded",
    );
  });

  test("CreateVirtualPhysicalConnection's documented error table is complete", () => {
    const documented: ErrorCode[] = [
      "OperationFailed.VbrBindedPconn",
      "IllegalParam.Bandwidth",
      "ResourceNotFound.PhysicalConnectionId",
      "OperationFailed.VPconnCreated",
      "MissingParam.Spec",
      "IllegalParam.Spec",
      "IllegalParam.VlanId",
      "InvalidPhysicalConnectionId.NotFound",
      "MissingParameter",
      "InvalidPhysicalConnectionId.NotEnabled",
      "InvalidVlanId.Malformed",
      "InvalidName.Malformed",
      "InvalidDescription.Malformed",
      "ResourceNotEnough.Bandwidth",
      "IllegalParam.VpconnAliUid",
      "IllegalParam.OrderMode",
      "OperationDenied.CreateVpconn",
      "Forbidden.VpconnAliUid",
      "QuotaExceeded.VPCONN",
    ];
    for (const code of documented) {
      assert.equal(ERROR_CATALOG[code].httpStatus, 400, code);
      assert.equal(wireCode(code), code);
    }
  });

  test("every variant key maps to an existing wire code", () => {
    for (const [key, entry] of Object.entries(ERROR_CATALOG)) {
      const code = "code" in entry ? entry.code : undefined;
      if (key.includes("#")) {
        assert.equal(code, key.split("#")[0], key);
      } else {
        assert.equal(code, undefined, key);
      }
      assert.ok(entry.httpStatus >= 400 && entry.httpStatus <= 599, key);
    }
  });

  test("variant wire codes", () => {
    assert.equal(wireCode("QuotaExceeded.VPCONN#VbrPerVpconn"), "QuotaExceeded.VPCONN");
    assert.equal(
      ERROR_CATALOG["QuotaExceeded.VPCONN#VbrPerVpconn"].message,
      "The quota of VBR_COUNT_PER_VPCONN is exceeded, usage 1/1.",
    );
    assert.equal(
      wireCode("IncorrectStatus.PhysicalConnection#NotAllocated"),
      "IncorrectStatus.PhysicalConnection",
    );
    assert.equal(
      wireCode("IncorrectStatus.PhysicalConnection#NotEnabled"),
      "IncorrectStatus.PhysicalConnection",
    );
  });

  test("isErrorCode", () => {
    assert.equal(isErrorCode("IllegalParam.VlanId"), true);
    assert.equal(isErrorCode("Nope"), false);
    assert.equal(isErrorCode("toString"), false);
  });
});

describe("DomainError", () => {
  test("fills %s in order and keeps wire code, key, status, field", () => {
    const e = domainError("IncorrectStatus.PhysicalConnection#NotEnabled", {
      args: ["pc-1"],
      field: "VpconnId",
    });
    assert.ok(e instanceof DomainError);
    assert.ok(e instanceof Error);
    assert.equal(e.code, "IncorrectStatus.PhysicalConnection");
    assert.equal(e.key, "IncorrectStatus.PhysicalConnection#NotEnabled");
    assert.equal(e.httpStatus, 400);
    assert.equal(e.message, "The specified PhysicalConnectionId [pc-1] is not in Enabled state.");
    assert.equal(e.field, "VpconnId");
    assert.deepEqual(e.args, ["pc-1"]);
    assert.deepEqual(e.toJSON(), { Code: e.code, Message: e.message });
  });

  test("bandwidth message", () => {
    assert.equal(
      domainError("IllegalParam.Bandwidth", { args: ["2G"] }).message,
      "The param of Bandwidth [2G] is illegal.",
    );
  });

  test("no options", () => {
    const e = domainError("Forbidden.OperationNotAllowedByUser");
    assert.equal(e.httpStatus, 403);
    assert.equal(e.field, undefined);
    assert.equal(e.args, undefined);
  });

  test("formatMessage replaces missing args with empty text", () => {
    assert.equal(formatMessage("a %s b %s", ["1"]), "a 1 b ");
    assert.equal(formatMessage("no placeholder", ["x"]), "no placeholder");
  });

  test("isDomainError", () => {
    assert.equal(isDomainError(domainError("Forbidden")), true);
    assert.equal(isDomainError(new Error("x")), false);
    assert.equal(isDomainError({ code: "Forbidden" }), false);
  });

  test("missingParameter", () => {
    const e = missingParameter("PhysicalConnectionId");
    assert.equal(e.code, "MissingParameter");
    assert.equal(e.field, "PhysicalConnectionId");
    assert.equal(
      e.message,
      "The input parameter 'PhysicalConnectionId' that is mandatory for processing this request is not supplied.",
    );
  });
});
