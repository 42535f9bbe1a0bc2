/**
 * The clinician report as a PDF, drawn with pdfkit from the same `TrialReport`
 * the HTML shows (src/core/trials/report.ts), so both carry the same words.
 * Standard PDF fonts only (Helvetica): nothing to embed, nothing read at run time
 * beyond pdfkit's own font metrics.
 */
import type PDFKit from 'pdfkit';
import { ARM_COLOURS, fmt, type TrialReport } from '../../core/trials/report.js';
import type { Arm } from '../../core/trials/design.js';

const MARGIN = 40;

// pdfkit and its font metrics are loaded on the first PDF, not at start-up, to keep the server's memory small.
let pdfkit: Promise<typeof PDFKit> | undefined;

export async function trialReportPdf(report: TrialReport, labels: Readonly<Record<Arm, string>>): Promise<Buffer> {
  pdfkit ??= import('pdfkit').then((m) => m.default);
  const PDFDocument = await pdfkit;
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    info: { Title: report.title, Creator: 'LDN Atlas', CreationDate: new Date(report.generatedAt) },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - 2 * MARGIN;

  const heading = (text: string): void => {
    doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).fillColor('#000').text(text, { width });
  };
  const lines = (items: readonly string[], size = 8.5): void => {
    doc.font('Helvetica').fontSize(size).fillColor('#000');
    for (const item of items) doc.text(`- ${item}`, { width, paragraphGap: 1 });
  };

  doc.font('Helvetica-Bold').fontSize(15).text(report.title, { width });
  doc.moveDown(0.3).font('Helvetica-Bold').fontSize(8.5).fillColor('#7a1d1d').text(report.notice, { width });
  heading('Result');
  doc.font('Helvetica').fontSize(10).fillColor('#000').text(report.headline, { width });
  lines(report.details, 8);
  heading('Chart by period');
  drawChart(doc, report.chart, MARGIN, doc.y + 4, width, 130);
  doc
    .font('Helvetica')
    .fontSize(8.5)
    .fillColor('#000')
    .text(`A = ${labels.A} (blue); B = ${labels.B} (orange).`, MARGIN, doc.y + 4, { width });
  heading('Design');
  lines(report.design);
  heading('Adherence');
  lines(report.adherence, 8);
  if (report.warnings.length > 0) {
    heading('Warnings');
    lines(report.warnings, 8);
  }
  heading('Unblinding');
  lines(report.unblinding, 8);
  doc.moveDown(0.4).font('Helvetica').fontSize(7).fillColor('#555').text(`Generated ${report.generatedAt} by LDN Atlas.`, { width });
  doc.end();
  return done;
}

function drawChart(doc: PDFKit.PDFDocument, chart: TrialReport['chart'], x0: number, y0: number, w: number, h: number): void {
  const left = 24;
  const bottom = 16;
  const plotH = h - bottom;
  const y = (v: number): number => y0 + plotH - (v / chart.max) * plotH;
  doc.lineWidth(0.5).strokeColor('#bbbbbb');
  doc.font('Helvetica').fontSize(7).fillColor('#333');
  for (const tick of [0, chart.max / 2, chart.max]) {
    doc
      .moveTo(x0 + left, y(tick))
      .lineTo(x0 + w, y(tick))
      .stroke();
    doc.text(fmt(tick, 0), x0, y(tick) - 3, { width: left - 4, align: 'right', lineBreak: false });
  }
  const n = Math.max(1, chart.bars.length);
  const slot = (w - left) / n;
  chart.bars.forEach((b, i) => {
    const x = x0 + left + i * slot + slot * 0.15;
    const bw = slot * 0.7;
    if (b.mean !== null) {
      doc.rect(x, y(b.mean), bw, y0 + plotH - y(b.mean)).fill(b.arm ? ARM_COLOURS[b.arm] : '#777777');
    }
    doc.fillColor('#333').text(`${b.period}${b.arm ?? ''}`, x - 4, y0 + plotH + 3, { width: bw + 8, align: 'center', lineBreak: false });
  });
  doc.x = x0;
  doc.y = y0 + h + 2;
}
