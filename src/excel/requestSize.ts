/**
 * How big a request to Excel is. Excel on the web rejects requests over 5 MB; we keep each sync
 * under 2 MB so that framing and any estimate error leave a wide margin.
 */

/** The most one sync may carry. */
export const REQUEST_LIMIT_BYTES = 2 * 1024 * 1024;

/**
 * What Office.js adds around each queued call or property write (action id, object path, type
 * tags). An estimate from the shape of Office.js batch requests, deliberately on the high side.
 */
export const OP_OVERHEAD_BYTES = 120;

/** UTF-8 byte length without Node's Buffer (this code runs in the browser): Chinese is 3 bytes. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4; // a surrogate pair is one 4-byte character
      i++;
    } else n += 3;
  }
  return n;
}

/** Bytes of a value as it travels in the JSON request. */
export function jsonBytes(v: unknown): number {
  return utf8Length(JSON.stringify(v) ?? "null");
}

/** Bytes of one queued operation (a method call with its arguments, or a property write). */
export function opBytes(payload: unknown): number {
  return OP_OVERHEAD_BYTES + jsonBytes(payload);
}

/**
 * Measures what a function queues, by running it against a recorder that accepts any Office.js
 * call or property write and counts it the way {@link opBytes} does. Used to size the small,
 * fixed steps of a write (formats, tables, charts) before they are packed into requests.
 */
export function measureQueued(queue: (target: unknown) => void): number {
  let total = 0;
  const make = (): unknown =>
    new Proxy(function () {}, {
      get: (_t, prop) => (prop === "then" ? undefined : make()),
      set: (_t, _prop, value) => {
        total += opBytes(value);
        return true;
      },
      apply: (_t, _this, args) => {
        total += opBytes(args);
        return make();
      },
    });
  queue(make());
  return total;
}
