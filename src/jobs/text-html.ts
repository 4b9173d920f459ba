// Plain text written for a job page as the HTML the client shows (jd_html): paragraphs, and lists
// where every line of a block starts with "- ", "* " or "• ". Everything is escaped: the text may
// come from a language model, which may write markup.
const ITEM = /^\s*(?:[-*•])\s+/;

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');

export function textToHtml(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((block) => block.split('\n').filter((line) => line.trim()))
    .filter((lines) => lines.length)
    .map((lines) =>
      lines.every((line) => ITEM.test(line))
        ? `<ul>${lines.map((line) => `<li>${escapeHtml(line.replace(ITEM, '').trim())}</li>`).join('')}</ul>`
        : `<p>${lines.map((line) => escapeHtml(line.trim())).join('<br>')}</p>`,
    )
    .join('\n');
}
