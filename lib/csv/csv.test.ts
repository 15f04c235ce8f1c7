import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { CSV_BOM, csvCell, csvResponse, csvRow } from "./csv";

describe("csvCell", () => {
  test("plain text, numbers and empty values are written as they are", () => {
    assert.equal(csvCell("pc-abc123"), "pc-abc123");
    assert.equal(csvCell(101), "101");
    assert.equal(csvCell(null), "");
    assert.equal(csvCell(undefined), "");
    assert.equal(csvCell("共享端口"), "共享端口");
  });

  test("commas, quotes and line breaks are quoted, quotes doubled", () => {
    assert.equal(csvCell("a,b"), '"a,b"');
    assert.equal(csvCell('say "hi"'), '"say ""hi"""');
    assert.equal(csvCell("line1\nline2"), '"line1\nline2"');
  });

  test("a cell a spreadsheet would run as a formula is written as text", () => {
    for (const formula of ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"]) {
      const cell = csvCell(formula);
      assert.ok(cell.startsWith(`"'`), `${JSON.stringify(formula)} became ${cell}`);
      assert.equal(cell, `"'${formula}"`);
    }
    assert.equal(csvCell('=HYPERLINK("http://x","y")'), `"'=HYPERLINK(""http://x"",""y"")"`);
    // Our own numbers stay numbers, negative or not.
    assert.equal(csvCell(-5), "-5");
    // Only the first character counts.
    assert.equal(csvCell("a=b"), "a=b");
  });
});

test("csvRow joins cells and ends the line with CRLF", () => {
  assert.equal(csvRow(["a", 1, null, "x,y"]), 'a,1,,"x,y"\r\n');
});

test("csvResponse streams the header, then every batch, as UTF-8 with a BOM", async () => {
  async function* batches() {
    yield [["pc-1", 1]];
    yield [
      ["pc-2", 2],
      ["=cmd", 3],
    ];
  }
  const response = csvResponse("ports.csv", ["ID", "VLAN"], batches());
  assert.equal(response.headers.get("Content-Type"), "text/csv; charset=utf-8");
  assert.equal(response.headers.get("Content-Disposition"), 'attachment; filename="ports.csv"');
  const bytes = Buffer.from(await response.arrayBuffer());
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.equal(bytes.toString("utf8"), `${CSV_BOM}ID,VLAN\r\npc-1,1\r\npc-2,2\r\n"'=cmd",3\r\n`);
});
