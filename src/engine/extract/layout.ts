// Turns positioned text items (as PDF pages give them) into lines in reading order: items are
// grouped into lines by baseline, a page with a clear vertical gutter is read column by column,
// and wide gaps inside a line become double spaces so that later steps can split on them.

export interface TextItem {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

interface Line {
  y: number;
  height: number;
  items: TextItem[];
}

function groupLines(items: TextItem[]): Line[] {
  const sorted = [...items].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const it of sorted) {
    const tol = Math.max(2, (it.height || 10) * 0.5);
    const line = lines.find((l) => Math.abs(l.y - it.y) <= tol);
    if (line) line.items.push(it);
    else lines.push({ y: it.y, height: it.height || 10, items: [it] });
  }
  for (const l of lines) l.items.sort((a, b) => a.x - b.x);
  return lines.sort((a, b) => b.y - a.y);
}

function lineText(line: Line): string {
  let out = '';
  let end = Number.NEGATIVE_INFINITY;
  for (const it of line.items) {
    const charW = it.str.length ? it.width / it.str.length : 5;
    const gap = it.x - end;
    if (out && gap > Math.max(charW, 2) * 3) out += '   ';
    else if (out && gap > Math.max(charW, 1) * 0.25 && !out.endsWith(' ') && !it.str.startsWith(' ')) out += ' ';
    out += it.str;
    end = it.x + it.width;
  }
  return out.trim();
}

/** An x position, away from the page edges, that no item crosses and that has text on both sides. */
function findGutter(items: TextItem[]): number | null {
  const real = items.filter((i) => i.str.trim());
  if (real.length < 8) return null;
  const minX = Math.min(...real.map((i) => i.x));
  const maxX = Math.max(...real.map((i) => i.x + i.width));
  const width = maxX - minX;
  if (width <= 0) return null;
  const step = width / 200;
  let best: { x: number; run: number } | null = null;
  let runStart = -1;
  for (let k = 20; k <= 180; k++) {
    const x = minX + k * step;
    const crossed = real.some((i) => i.x < x && i.x + i.width > x);
    if (!crossed) {
      if (runStart < 0) runStart = k;
      const run = k - runStart + 1;
      if (!best || run > best.run) best = { x: minX + ((runStart + k) / 2) * step, run };
    } else runStart = -1;
  }
  if (!best || best.run * step < 8) return null;
  const g = best.x;
  const left = real.filter((i) => i.x + i.width <= g).length;
  const right = real.filter((i) => i.x >= g).length;
  // Both sides must hold a real column of text, not a few stray dates.
  return left >= 4 && right >= 4 && Math.min(left, right) / real.length > 0.15 ? g : null;
}

function linesToText(lines: Line[]): string[] {
  const out: string[] = [];
  let prev: Line | null = null;
  for (const l of lines) {
    if (prev && prev.y - l.y > Math.max(prev.height, l.height) * 1.8) out.push('');
    out.push(lineText(l));
    prev = l;
  }
  return out;
}

/** Text of one page, in reading order. */
export function layoutPage(items: TextItem[]): string {
  const gutter = findGutter(items);
  if (gutter === null) return linesToText(groupLines(items)).join('\n');
  const left = items.filter((i) => i.x + i.width / 2 < gutter);
  const right = items.filter((i) => i.x + i.width / 2 >= gutter);
  return [...linesToText(groupLines(left)), '', ...linesToText(groupLines(right))].join('\n');
}
