import assert from "node:assert/strict";
import { test } from "node:test";
import snappy from "snappyjs";
import {
  decodeRemoteWrite,
  encodeRemoteWrite,
  RemoteWriteFormatError,
  type RemoteWriteSeries,
} from "./remote-write-proto";

test("a WriteRequest decodes to the labels and samples it was encoded from", () => {
  const series: RemoteWriteSeries[] = [
    {
      labels: { __name__: "ifHCOutOctets", instance_id: "pc-1", ifName: "Eth1/1.101" },
      samples: [
        { value: 1.5e12, timestampMs: 1_764_000_000_000 },
        { value: 0, timestampMs: 1_764_000_060_000 },
        { value: Number.NaN, timestampMs: 1_764_000_120_000, stale: true as const },
      ],
    },
    { labels: { __name__: "up" }, samples: [{ value: 1, timestampMs: 1 }] },
  ];
  assert.deepEqual(decodeRemoteWrite(encodeRemoteWrite(series), 1 << 20), series);
  const plainNaN = [{ labels: {}, samples: [{ value: Number.NaN, timestampMs: 1 }] }];
  assert.deepEqual(decodeRemoteWrite(encodeRemoteWrite(plainNaN), 1 << 20), plainNaN);
});

test("unknown fields (metadata, exemplars) are skipped", () => {
  // WriteRequest field 3 (metadata, length-delimited) and TimeSeries field 3 (exemplar) around one series.
  const series = Buffer.from(snappy.uncompress(encodeRemoteWrite([{ labels: { a: "b" }, samples: [] }])));
  const withExtras = Buffer.concat([
    Buffer.from([0x1a, 0x02, 0x08, 0x01]),
    series,
    Buffer.from([0x1a, 0x00]),
  ]);
  assert.deepEqual(decodeRemoteWrite(Buffer.from(snappy.compress(withExtras)), 1 << 20), [
    { labels: { a: "b" }, samples: [] },
  ]);
});

test("a body that is not snappy, truncated protobuf, or too large once uncompressed is refused", () => {
  assert.throws(() => decodeRemoteWrite(Buffer.from("hello"), 1 << 20), RemoteWriteFormatError);
  const truncated = Buffer.from(snappy.compress(Buffer.from([0x0a, 0x10, 0x0a])));
  assert.throws(() => decodeRemoteWrite(truncated, 1 << 20), /truncated/);
  const big = encodeRemoteWrite([{ labels: { name: "x".repeat(5000) }, samples: [] }]);
  assert.throws(() => decodeRemoteWrite(big, 1000), /within 1000 bytes/);
});

test("a negative timestamp decodes to NaN, which no check accepts", () => {
  const sample = Buffer.from([0x09, 0, 0, 0, 0, 0, 0, 0xf0, 0x3f, 0x10, ...Array(9).fill(0xff), 0x01]);
  const ts = Buffer.concat([Buffer.from([0x12, sample.length]), sample]);
  const body = Buffer.concat([Buffer.from([0x0a, ts.length]), ts]);
  const [decoded] = decodeRemoteWrite(Buffer.from(snappy.compress(body)), 1 << 20);
  assert.equal(decoded?.samples[0]?.value, 1);
  assert.ok(Number.isNaN(decoded?.samples[0]?.timestampMs));
});
