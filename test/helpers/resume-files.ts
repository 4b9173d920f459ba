// Real resume files for pipeline tests: PDFs made with pdf-lib (two columns; images only) and DOCX.
import { Document, Packer, Paragraph } from 'docx';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';

/** A two-column resume: experience and education on the left, skills on the right. */
export async function twoColumnPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const draw = (text: string, x: number, y: number, size = 11) => page.drawText(text, { x, y, size, font });
  draw('Jane Roe', 250, 740, 18);
  draw('jane.roe@example.com', 240, 720);
  const left = ['EXPERIENCE', 'Software Engineer', 'Acme Technologies Pvt Ltd', 'Jan 2019 - Present', 'Built payment services in Node.js', 'EDUCATION', 'B.Tech in Computer Science', 'Delhi Technological University, 2018'];
  const right = ['SKILLS', 'TypeScript', 'Docker', 'Kubernetes', 'PostgreSQL'];
  for (const [i, t] of left.entries()) draw(t, 50, 680 - i * 18);
  for (const [i, t] of right.entries()) draw(t, 380, 680 - i * 18);
  return Buffer.from(await pdf.save());
}

/** A scanned-looking PDF: shapes, no text at all. */
export async function imageOnlyPdf(): Promise<Buffer> {
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([612, 792]);
  for (let i = 0; i < 20; i++) page.drawRectangle({ x: 50, y: 700 - i * 30, width: 400, height: 12, color: rgb(0.2, 0.2, 0.2) });
  return Buffer.from(await pdf.save());
}

export async function resumeDocx(lines: string[]): Promise<Buffer> {
  return Packer.toBuffer(new Document({ sections: [{ children: lines.map((line) => new Paragraph(line)) }] }));
}

/** A small DOCX (about 50 KB) whose text part unpacks to more than 5 MB of XML. */
export async function oversizedDocx(): Promise<Buffer> {
  const line = 'Managed a team of engineers building payment services in Node.js and PostgreSQL. '.repeat(4);
  return resumeDocx(Array.from({ length: 20000 }, () => line));
}
