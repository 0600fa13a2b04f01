import { describe, expect, it } from "vitest";
import { duplicateKey, parseJsonText } from "../../../src/lib/validate/jsonText.ts";

describe("parseJsonText", () => {
  it("accepts a byte-order mark", () => {
    expect(parseJsonText('\uFEFF{ "status": "sample" }')).toEqual({ ok: true, value: { status: "sample" } });
  });

  it("refuses a key written twice, naming it and its line, where JSON.parse would keep the last", () => {
    expect(parseJsonText('{\n  "status": "sample",\n  "status": "official"\n}')).toEqual({
      ok: false,
      problem: 'kunci "status" ditulis dua kali dalam satu objek (baris 3); hapus salah satunya',
    });
  });

  it("refuses text that was not UTF-8 (read with U+FFFD) or holds NUL", () => {
    expect(parseJsonText('{\n  "catatan": "Dinas Sosial \uFFFD"\n}')).toEqual({
      ok: false,
      problem:
        "bukan teks UTF-8 yang sah (memuat byte yang bukan UTF-8, atau karakter pengganti U+FFFD, baris 2); simpan sebagai UTF-8",
    });
    expect(parseJsonText(String.raw`{ "a": "\u0000" }`)).toMatchObject({ ok: true }); // an escaped NUL is JSON's own, refused later as a control character
    expect(parseJsonText('{ "a": "x\0" }')).toMatchObject({ ok: false });
  });

  it("says what JSON.parse found wrong", () => {
    expect(parseJsonText("{ status: 1 }")).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^bukan JSON yang sah: /),
    });
  });
});

describe("duplicateKey", () => {
  it("tells the same key in different objects, and values that look like keys, from a duplicate", () => {
    expect(duplicateKey('{"a": {"a": 1}, "b": [{"a": 2}, {"a": 3}], "c": "a", "d": ["a", "a"]}')).toBeUndefined();
    expect(duplicateKey('{"a": {"x": 1, "y": {"x": 2}, "x": 3}}')).toEqual({ key: "x", line: 1 });
  });

  it("reads keys with escapes as JSON does", () => {
    expect(duplicateKey('{"st\\u0061tus": 1, "status": 2}')).toEqual({ key: "status", line: 1 });
    expect(duplicateKey('{"a\\"": 1, "a": 2, "k": "\\\\"}')).toBeUndefined();
  });
});
