// Prometheus remote_write 1.0 bodies: a snappy-compressed (block format) protobuf WriteRequest
//   WriteRequest { repeated TimeSeries timeseries = 1; ... }
//   TimeSeries   { repeated Label labels = 1; repeated Sample samples = 2; ... }
//   Label        { string name = 1; string value = 2; }
//   Sample       { double value = 1; int64 timestamp = 2; }   (milliseconds since the epoch)
// Only these fields are read; any other field (metadata, exemplars, histograms) is skipped by wire type.
import snappy from "snappyjs";

/** `stale`: Prometheus's staleness marker (a NaN with its own bits) for a series that stopped; no value. */
export type RemoteWriteSample = { value: number; timestampMs: number; stale?: true };
export type RemoteWriteSeries = { labels: Record<string, string>; samples: RemoteWriteSample[] };

/** A body that is not a well-formed WriteRequest; the message is safe to send back to the collector. */
export class RemoteWriteFormatError extends Error {}

/** Uncompresses and decodes a body, refusing one that would uncompress beyond `maxBytes`. */
export function decodeRemoteWrite(body: Uint8Array, maxBytes: number): RemoteWriteSeries[] {
  let raw: Uint8Array;
  try {
    raw = snappy.uncompress(body, maxBytes);
  } catch (error) {
    throw new RemoteWriteFormatError(
      `the body is not snappy-compressed within ${maxBytes} bytes: ${message(error)}`,
    );
  }
  return decodeWriteRequest(raw);
}

export function decodeWriteRequest(bytes: Uint8Array): RemoteWriteSeries[] {
  const series: RemoteWriteSeries[] = [];
  readMessage(bytes, (field, wireType, reader) => {
    if (field !== 1 || wireType !== LENGTH_DELIMITED) return false;
    series.push(readTimeSeries(reader.bytes()));
    return true;
  });
  return series;
}

const VARINT = 0;
const FIXED64 = 1;
const LENGTH_DELIMITED = 2;
const FIXED32 = 5;

function readTimeSeries(bytes: Uint8Array): RemoteWriteSeries {
  const labels: Record<string, string> = {};
  const samples: RemoteWriteSample[] = [];
  readMessage(bytes, (field, wireType, reader) => {
    if (wireType !== LENGTH_DELIMITED) return false;
    if (field === 1) {
      const [name, value] = readLabel(reader.bytes());
      if (Object.hasOwn(labels, name)) throw new RemoteWriteFormatError(`label ${name} is given twice`);
      labels[name] = value;
      return true;
    }
    if (field === 2) {
      samples.push(readSample(reader.bytes()));
      return true;
    }
    return false;
  });
  return { labels, samples };
}

function readLabel(bytes: Uint8Array): [string, string] {
  let name = "";
  let value = "";
  readMessage(bytes, (field, wireType, reader) => {
    if (wireType !== LENGTH_DELIMITED || (field !== 1 && field !== 2)) return false;
    if (field === 1) name = reader.string();
    else value = reader.string();
    return true;
  });
  return [name, value];
}

function readSample(bytes: Uint8Array): RemoteWriteSample {
  let value = 0;
  let stale = false;
  let timestampMs = 0;
  readMessage(bytes, (field, wireType, reader) => {
    if (field === 1 && wireType === FIXED64) [value, stale] = reader.double();
    else if (field === 2 && wireType === VARINT) timestampMs = reader.int64();
    else return false;
    return true;
  });
  return stale ? { value, timestampMs, stale } : { value, timestampMs };
}

/** Calls `take` for each field; a field it does not take (returns false) is skipped by its wire type. */
function readMessage(
  bytes: Uint8Array,
  take: (field: number, wireType: number, reader: Reader) => boolean,
): void {
  const reader = new Reader(bytes);
  while (!reader.done()) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    const wireType = key % 8;
    if (field === 0) throw new RemoteWriteFormatError("field number 0 is not valid protobuf");
    if (!take(field, wireType, reader)) reader.skip(wireType);
  }
}

const TWO_TO_63 = 2 ** 63;
// value.StaleNaN in Prometheus: 0x7ff0000000000002.
const STALE_NAN_HIGH = 0x7ff00000;
const STALE_NAN_LOW = 0x00000002;

class Reader {
  private position = 0;
  private readonly view: DataView;

  constructor(private readonly buffer: Uint8Array) {
    this.view = new DataView(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  }

  done(): boolean {
    return this.position >= this.buffer.length;
  }

  /** An unsigned varint of up to 10 bytes, as a (possibly rounded) number. */
  private rawVarint(): number {
    let result = 0;
    let scale = 1;
    for (let i = 0; i < 10; i++) {
      const byte = this.buffer[this.position++];
      if (byte === undefined) throw new RemoteWriteFormatError("truncated varint");
      result += (byte & 0x7f) * scale;
      if (byte < 0x80) return result;
      scale *= 128;
    }
    throw new RemoteWriteFormatError("varint longer than 10 bytes");
  }

  /** A length or key: must be exact. */
  varint(): number {
    const value = this.rawVarint();
    if (!Number.isSafeInteger(value)) throw new RemoteWriteFormatError("varint out of range");
    return value;
  }

  /** int64: a negative value (two's complement, 10 bytes) is NaN, which no timestamp check accepts. */
  int64(): number {
    const value = this.rawVarint();
    return value >= TWO_TO_63 ? Number.NaN : value;
  }

  /** The value, and whether its bits are exactly the staleness marker (JS may not keep a NaN's bits). */
  double(): [number, boolean] {
    this.need(8);
    const value = this.view.getFloat64(this.position, true);
    const stale =
      this.view.getUint32(this.position + 4, true) === STALE_NAN_HIGH &&
      this.view.getUint32(this.position, true) === STALE_NAN_LOW;
    this.position += 8;
    return [value, stale];
  }

  bytes(): Uint8Array {
    const length = this.varint();
    this.need(length);
    const slice = this.buffer.subarray(this.position, this.position + length);
    this.position += length;
    return slice;
  }

  string(): string {
    const bytes = this.bytes();
    try {
      return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      throw new RemoteWriteFormatError("a label is not valid UTF-8");
    }
  }

  skip(wireType: number): void {
    if (wireType === VARINT) this.rawVarint();
    else if (wireType === FIXED64) this.advance(8);
    else if (wireType === LENGTH_DELIMITED) this.advance(this.varint());
    else if (wireType === FIXED32) this.advance(4);
    else throw new RemoteWriteFormatError(`unsupported protobuf wire type ${wireType}`);
  }

  private advance(length: number): void {
    this.need(length);
    this.position += length;
  }

  private need(length: number): void {
    if (this.position + length > this.buffer.length) throw new RemoteWriteFormatError("truncated protobuf");
  }
}

/** Encodes series the way Prometheus does: for the traffic generator and the tests. */
export function encodeRemoteWrite(series: readonly RemoteWriteSeries[]): Buffer {
  const body = concat(
    series.map((s) =>
      lengthDelimited(
        1,
        concat([
          ...Object.entries(s.labels)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([name, value]) =>
              lengthDelimited(1, concat([lengthDelimited(1, utf8(name)), lengthDelimited(2, utf8(value))])),
            ),
          ...s.samples.map((sample) =>
            lengthDelimited(2, concat([double(1, sample), varintField(2, sample.timestampMs)])),
          ),
        ]),
      ),
    ),
  );
  return Buffer.from(snappy.compress(body));
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function varint(value: number): Uint8Array {
  const out: number[] = [];
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 128) | 0x80);
    rest = Math.floor(rest / 128);
  }
  out.push(rest);
  return Uint8Array.from(out);
}

function lengthDelimited(field: number, payload: Uint8Array): Uint8Array {
  return concat([varint(field * 8 + 2), varint(payload.length), payload]);
}

function varintField(field: number, value: number): Uint8Array {
  return concat([varint(field * 8), varint(value)]);
}

function double(field: number, sample: RemoteWriteSample): Uint8Array {
  const bytes = new Uint8Array(9);
  bytes[0] = field * 8 + 1;
  const view = new DataView(bytes.buffer);
  if (sample.stale) {
    view.setUint32(1, STALE_NAN_LOW, true);
    view.setUint32(5, STALE_NAN_HIGH, true);
  } else view.setFloat64(1, sample.value, true);
  return bytes;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  return Buffer.concat(parts);
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
