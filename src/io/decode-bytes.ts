import type { Diagnostic } from '../model.js';

/** What `decodeBytes` found: the text, the encoding it was read as, and whether the bytes look binary. */
export interface DecodedText {
  readonly text: string;
  readonly encoding: string;
  readonly binary: boolean;
  readonly diagnostics: Diagnostic[];
}

/** Windows-1252 code points for the bytes 0x80–0x9F (the rest of the code page is Latin-1). */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

/** Byte value of each character of Windows-1252, for undoing mojibake (UTF-8 read as 1252). */
const CP1252_BYTE = new Map<number, number>();
for (let b = 0; b < 256; b++) {
  const code = b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b;
  CP1252_BYTE.set(code, b);
}

/** Decodes bytes as Windows-1252. */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    const chunk = bytes.subarray(i, i + 4096);
    const codes = Array.from(chunk, (b) => (b >= 0x80 && b < 0xa0 ? (CP1252_HIGH[b - 0x80] as number) : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

/**
 * A run of characters that UTF-8 bytes become when read as Windows-1252: a lead byte
 * (Â Ã Å â ð …) followed by one to three continuation characters.
 */
const MOJIBAKE =
  /[\u00c2-\u00df][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u00e0-\u00ef][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]{2}/g;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/** Re-reads a mojibake run as the UTF-8 bytes it came from; returns null when it is not valid UTF-8. */
function unmangle(run: string): string | null {
  const bytes = new Uint8Array(run.length);
  for (let i = 0; i < run.length; i++) {
    const b = CP1252_BYTE.get(run.charCodeAt(i));
    if (b === undefined) return null;
    bytes[i] = b;
  }
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Repairs UTF-8 text that was once decoded as Windows-1252 (`â€œ` → `“`, `Ã©` → `é`); counts the repairs. */
export function repairMojibake(text: string): { text: string; repairs: number } {
  let repairs = 0;
  // A fast pre-filter: every mojibake run starts with one of these lead characters.
  if (!/[\u00c2-\u00ef]/.test(text)) return { text, repairs };
  const fixed = text.replace(MOJIBAKE, (run) => {
    const good = unmangle(run);
    if (good === null) return run;
    repairs++;
    return good;
  });
  return { text: fixed, repairs };
}

/** Share of control bytes (NUL and C0 except tab, LF, CR, FF, ESC) above which bytes are called binary. */
const BINARY_SHARE = 0.01;

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) return true;
    if (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return n > 0 && control / n > BINARY_SHARE;
}

/**
 * Decodes the bytes of an article: UTF-8 with or without BOM, UTF-16 LE/BE with BOM, Windows-1252 when the
 * bytes are not valid UTF-8; repairs common mojibake with a diagnostic. Binary input is reported, not thrown.
 */
export function decodeBytes(bytes: Uint8Array): DecodedText {
  const diagnostics: Diagnostic[] = [];
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return {
      text: new TextDecoder('utf-16le').decode(bytes.subarray(2)),
      encoding: 'utf-16le',
      binary: false,
      diagnostics,
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return {
      text: new TextDecoder('utf-16be').decode(bytes.subarray(2)),
      encoding: 'utf-16be',
      binary: false,
      diagnostics,
    };
  }
  let body = bytes;
  let encoding = 'utf-8';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    body = bytes.subarray(3);
    encoding = 'utf-8-bom';
  }
  if (looksBinary(body)) {
    diagnostics.push({
      severity: 'error',
      message: 'The input looks binary (NUL or control bytes).',
      rule: 'binary-input',
    });
    return { text: '', encoding: 'binary', binary: true, diagnostics };
  }
  let text: string;
  try {
    text = STRICT_UTF8.decode(body);
  } catch {
    text = decodeWindows1252(body);
    encoding = 'windows-1252';
    diagnostics.push({
      severity: 'info',
      message: 'The input is not valid UTF-8; it was read as Windows-1252.',
      rule: 'decoded-windows-1252',
    });
  }
  const repaired = repairMojibake(text);
  if (repaired.repairs > 0) {
    diagnostics.push({
      severity: 'warning',
      message: `Repaired ${repaired.repairs} mojibake sequence(s) (UTF-8 read as Windows-1252).`,
      rule: 'mojibake-repaired',
    });
  }
  return { text: repaired.text, encoding, binary: false, diagnostics };
}
