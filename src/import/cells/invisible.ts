/**
 * Characters that change a value without showing: zero-width spaces and joiners, a BOM inside the text (two files
 * pasted together), bidi controls (which reorder what is shown: 'Trojan Source'), soft hyphens, Unicode tags and
 * control characters (terminal escape codes among them). Tab and line breaks are ordinary text. Variation selectors
 * are not here: they choose a kanji's form (葛󠄀) and are part of the name.
 */
const INVISIBLE_CLASS =
  '\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F-\\u009F\\u00AD\\u061C\\u180E\\u200B-\\u200F\\u202A-\\u202E' +
  '\\u2060-\\u2064\\u2066-\\u206F\\uFEFF\\uFFF9-\\uFFFB\\u{E0001}\\u{E0020}-\\u{E007F}';
const INVISIBLE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');
// For showing text where it could be acted upon (a terminal, a message): line breaks too.
const UNSHOWABLE_ALL = new RegExp(`[${INVISIBLE_CLASS}\\r\\n\\u2028\\u2029]`, 'gu');

export function hasInvisible(s: string): boolean {
  return INVISIBLE.test(s);
}

// The same set for a scan by hand, BMP part: a regex replace costs about a microsecond a match, too slow for a
// cell of a million zero-width spaces. Tags (U+E0001, U+E0020–E007F) are the surrogate pairs DB40 DC01/DC20–DC7F.
const INVISIBLE_BMP = new Uint8Array(0x10000);
for (const [from, to] of [[0x00, 0x08], [0x0b, 0x0c], [0x0e, 0x1f], [0x7f, 0x9f], [0xad, 0xad], [0x61c, 0x61c], [0x180e, 0x180e], [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2064], [0x2066, 0x206f], [0xfeff, 0xfeff], [0xfff9, 0xfffb]] as const) {
  INVISIBLE_BMP.fill(1, from, to + 1);
}
const CHUNK = 8192;

/** The text without its invisible characters, and which ones there were (each once, in order of appearance). */
export function removeInvisible(s: string): { text: string; removed: string[] } {
  if (!INVISIBLE.test(s)) return { text: s, removed: [] };
  const removed = new Set<string>();
  const seen = new Uint8Array(0x10000);
  const parts: string[] = [];
  const kept = new Uint16Array(Math.min(s.length, CHUNK));
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (INVISIBLE_BMP[c]) {
      if (!seen[c]) {
        seen[c] = 1;
        removed.add(s[i]!);
      }
      continue;
    }
    if (c === 0xdb40) {
      const d = s.charCodeAt(i + 1);
      if (d === 0xdc01 || (d >= 0xdc20 && d <= 0xdc7f)) {
        removed.add(s.slice(i, i + 2));
        i++;
        continue;
      }
    }
    kept[n++] = c;
    if (n === kept.length) {
      parts.push(String.fromCharCode(...kept));
      n = 0;
    }
  }
  parts.push(String.fromCharCode(...kept.subarray(0, n)));
  return { text: parts.join(''), removed: [...removed] };
}

/** ⟨U+200B⟩: how an invisible character is named wherever it is shown. */
export function codePointLabel(ch: string): string {
  return `⟨U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}⟩`;
}

/** The text with every invisible character shown as ⟨U+XXXX⟩ (line breaks as ↵): safe to print anywhere. */
export function showInvisible(s: string): string {
  return s.replace(/\r\n/g, '\n').replace(UNSHOWABLE_ALL, (ch) => (ch === '\n' || ch === '\r' ? '↵' : codePointLabel(ch)));
}
