import { createHash } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { ImportError } from "./errors";
import { firstInvalidUtf8, openLines, openText, readAllLines } from "./read-lines";

const tempDirs: string[] = [];
function tempDir(prefix: string): string {
  const dir = mkdtempSync(prefix);
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});


const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const src = (name: string, bytes: Uint8Array) => ({ name, bytes });
const tmp = tempDir(join(tmpdir(), "codecert-read-lines-"));

async function failure(run: () => Promise<unknown>): Promise<ImportError> {
  try {
    await run();
  } catch (e) {
    if (e instanceof ImportError) return e;
    throw e;
  }
  throw new Error("expected an ImportError");
}

describe("ImportError", () => {
  it("formats its message as file:line: reason and keeps the parts", () => {
    const e = new ImportError("a/b.txt", 12, "bad flag");
    expect(e.message).toBe("a/b.txt:12: bad flag");
    expect([e.file, e.line, e.reason, e.name]).toEqual(["a/b.txt", 12, "bad flag", "ImportError"]);
    expect(e).toBeInstanceOf(Error);
  });
});

describe("openLines", () => {
  it("splits CRLF and LF lines, keeps empty lines and a last line without a break", async () => {
    expect(await readAllLines(src("x.txt", enc("a\r\nb\n\nc")))).toEqual(["a", "b", "", "c"]);
    expect(await readAllLines(src("x.txt", enc("a\r\n")))).toEqual(["a"]);
    expect(await readAllLines(src("x.txt", enc("")))).toEqual([]);
  });

  it("drops a UTF-8 byte-order mark", async () => {
    expect(await readAllLines(src("x.txt", enc("\uFEFFhello\nworld")))).toEqual(["hello", "world"]);
  });

  it("counts lines and hashes the decompressed bytes of a gzip file", async () => {
    const text = Array.from({ length: 5000 }, (_, i) => `line ${i} ${"x".repeat(i % 300)}`).join("\r\n") + "\r\n";
    const path = join(tmp, "big.txt.gz");
    writeFileSync(path, gzipSync(text));
    const reader = openLines(path);
    let n = 0;
    for await (const line of reader) {
      expect(line).toBe(`line ${n} ${"x".repeat(n % 300)}`);
      n++;
    }
    expect(n).toBe(5000);
    expect(reader.lineNumber).toBe(5000);
    expect(reader.bytes).toBe(Buffer.byteLength(text));
    expect(reader.sha256()).toBe(createHash("sha256").update(text).digest("hex"));
  });

  it("reads gzip bytes of a zip member the same way", async () => {
    expect(await readAllLines(src("m.txt.gz", gzipSync("one\ntwo\n")))).toEqual(["one", "two"]);
  });

  it("stops at an invalid UTF-8 byte with the file, line and column", async () => {
    const bytes = new Uint8Array([...enc("ok\r\nfine\r\nbad "), 0x93, ...enc("quote\r\n")]);
    const e = await failure(() => readAllLines(src("hcpcs.txt", bytes)));
    expect(e.file).toBe("hcpcs.txt");
    expect(e.line).toBe(3);
    expect(e.reason).toMatch(/invalid UTF-8 byte 0x93 at column 5/);
  });

  it("reports the right line when the bad byte is in a later chunk of a big file", async () => {
    const lines = Array.from({ length: 40000 }, (_, i) => `row ${i}`);
    lines[33333] = "row with \u00e9 ok";
    const body = enc(lines.join("\n") + "\n");
    const bytes = new Uint8Array(body.length + 2);
    bytes.set(body);
    bytes.set([0xff, 0x0a], body.length);
    const path = join(tmp, "bad-late.txt");
    writeFileSync(path, bytes);
    const e = await failure(() => readAllLines(path));
    expect(e.line).toBe(40001);
  });

  it("decodes Windows-1252 on request, or only for the lines that are not UTF-8", async () => {
    const bytes = new Uint8Array([...enc("caf\u00e9\n"), ...enc("say "), 0x93, ...enc("hi"), 0x94, 0x0a]);
    expect(await readAllLines(src("x.txt", bytes), { encoding: "utf8-or-cp1252" })).toEqual(["caf\u00e9", "say \u201chi\u201d"]);
    expect(await readAllLines(src("x.txt", new Uint8Array([0x93, 0x41])), { encoding: "cp1252" })).toEqual(["\u201cA"]);
  });

  it("rejects any byte above 0x7F in ASCII mode", async () => {
    const e = await failure(() => readAllLines(src("a.txt", enc("plain\ncaf\u00e9\n")), { encoding: "ascii" }));
    expect([e.line, e.reason]).toEqual([2, "non-ASCII byte 0xC3 at column 4"]);
  });

  it("fails with the reader's line through fail()", async () => {
    const reader = openLines(src("f.txt", enc("a\nb\nc\n")));
    const e = await failure(async () => {
      for await (const line of reader) if (line === "b") reader.fail("b is not allowed");
    });
    expect(e.message).toBe("f.txt:2: b is not allowed");
  });

  it("names a missing file and a corrupt gzip file", async () => {
    expect((await failure(() => readAllLines(join(tmp, "nope.txt")))).reason).toMatch(/cannot open file/);
    const path = join(tmp, "cut.gz");
    writeFileSync(path, gzipSync("hello world\n".repeat(1000)).subarray(0, 40));
    expect((await failure(() => readAllLines(path))).reason).toMatch(/gzip data is corrupt or truncated/);
  });

  it("refuses to give a hash before the end of the file", () => {
    expect(() => openLines(src("x", enc("a"))).sha256()).toThrow(/before the file was read/);
  });
});

describe("openText", () => {
  it("yields chunks that end on line breaks and rebuild the text", async () => {
    const text = "<a>\n" + "<b>x</b>\n".repeat(200000) + "</a>\n";
    const path = join(tmp, "t.xml");
    writeFileSync(path, text);
    let out = "";
    let chunks = 0;
    for await (const c of openText(path)) {
      expect(c.endsWith("\n")).toBe(true);
      out += c;
      chunks++;
    }
    expect(out).toBe(text);
    expect(chunks).toBeGreaterThan(1);
  });
});

describe("firstInvalidUtf8", () => {
  it("accepts valid sequences and finds overlongs, surrogates and truncation", () => {
    expect(firstInvalidUtf8(enc("a\u00e9\u20ac\u{1F600}"))).toBe(-1);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0);
    expect(firstInvalidUtf8(new Uint8Array([0x41, 0xe2, 0x82]))).toBe(1);
    expect(firstInvalidUtf8(new Uint8Array([0xf5, 0x80, 0x80, 0x80]))).toBe(0);
  });
});
