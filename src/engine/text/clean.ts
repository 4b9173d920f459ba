// Turns raw resume text into clean UTF-8: byte escapes such as \xe2\x80\xa2 and HTML entities decoded, bullets
// normalised, control characters and stray quotes removed.

const ESCAPED_BYTES = /(?:\\x[0-9a-fA-F]{2})+/g;
const BULLETS = /(?:[\u2022\u25CF\u25AA\u25A0\u25E6\u2023\u2043\u2219\u27A2\u27A4\u2713\u2714\u2610\u2611\u25BA\u25B6\u2756\u2605\u2606\u00B7\uF0B7\uF0A7\uF0D8\uF076\uF0FC\uF02D])[ \t]*/g;

/** "â\u0080\u0093" (an en dash encoded twice as UTF-8) back to "–"; text that is not such stays as it is. */
function undoDoubleEncoding(text: string): string {
  if (!/[\u00C2-\u00F4][\u0080-\u00BF]/.test(text) || /[\u0100-\uFFFF]/.test(text)) return text;
  const once = Buffer.from(text, 'latin1').toString('utf8');
  return once.includes('\uFFFD') ? text : once;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
// An entity, escaped over again any number of times ("&amp;amp;" is "&" escaped twice).
const ENTITY = /&(?:amp;)*(amp|lt|gt|quot|apos|nbsp|#\d{1,7}|#x[0-9a-f]{1,6});/gi;

/** Text that passed through HTML keeps its entities ("R&amp;D", "&#39;"); they stand for their characters. */
function decodeEntities(text: string): string {
  return text.replace(ENTITY, (all, name: string) => {
    const key = name.toLowerCase();
    if (!key.startsWith('#')) return NAMED_ENTITIES[key];
    const code = key.startsWith('#x') ? Number.parseInt(key.slice(2), 16) : Number(key.slice(1));
    // A surrogate's number names no character on its own.
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : all;
  });
}

function decodeEscapes(text: string): string {
  return text.replace(ESCAPED_BYTES, (run) => {
    const bytes = run.match(/[0-9a-fA-F]{2}(?=\\|$)/g) ?? [];
    const decoded = undoDoubleEncoding(Buffer.from(bytes.map((h) => Number.parseInt(h, 16))).toString('utf8'));
    // Invalid sequences decode to U+FFFD; drop them rather than keep noise.
    return decoded.replace(/\uFFFD/g, ' ');
  });
}

export function cleanText(raw: string): string {
  let t = decodeEntities(decodeEscapes(String(raw ?? '')));
  t = t.replace(/\r\n?/g, '\n').replace(/\\n/g, '\n').replace(/\\t/g, ' ');
  t = t.replace(/[\u2010-\u2015\u2212]/g, '-');
  t = t.replace(/[\u2018\u2019\u201A\u2032]/g, "'").replace(/[\u201C\u201D\u201E\u2033]/g, '"');
  t = t.replace(/\u00A0|\t/g, ' ').replace(/[\u200B-\u200D\u2060\uFEFF]/g, '');
  t = t.replace(BULLETS, '\n\u2022 ');
  // Control characters other than newline carry no meaning in a resume, nor does half of a surrogate
  // pair (toWellFormed makes it U+FFFD), which PostgreSQL also refuses in a jsonb value.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: stripping them is the point
  t = t.toWellFormed().replace(/[\u0000-\u0009\u000B-\u001F\u007F\uFFFD]/g, ' ');
  t = t.trim().replace(/^"+/, '').replace(/"+$/, '');
  return t.trim();
}
