import { PDFDocument, StandardFonts, degrees, rgb } from '@pdfme/pdf-lib';
import sharp from 'sharp';

/**
 * Stamps a visible watermark (who copied it, when) on a downloaded copy of an image or PDF, so a
 * leaked copy tells whose it was (issue: petitions, point 5). The text is kept to ASCII: the
 * standard PDF fonts and a bare server's fonts have no Chinese glyphs, and a watermark that renders
 * as boxes identifies nobody.
 */
export interface WatermarkStamp {
  username: string;
  at: Date;
  reference: string;
}

export function watermarkText(stamp: WatermarkStamp): string {
  const time = new Date(stamp.at.getTime() + 8 * 3_600_000)
    .toISOString()
    .slice(0, 16)
    .replace('T', ' ');
  const ascii = (s: string) => s.replace(/[^\x20-\x7e]/g, '?');
  return `XUNCHA COPY ${ascii(stamp.username)} ${time} CST #${ascii(stamp.reference)}`;
}

export const watermarkable = (mimeType: string) =>
  mimeType === 'application/pdf' || mimeType.startsWith('image/');

export async function applyWatermark(
  content: Buffer,
  mimeType: string,
  stamp: WatermarkStamp,
): Promise<{ content: Buffer; mimeType: string }> {
  const text = watermarkText(stamp);
  if (mimeType === 'application/pdf') return { content: await stampPdf(content, text), mimeType };
  if (mimeType.startsWith('image/')) return stampImage(content, mimeType, text);
  return { content, mimeType };
}

async function stampPdf(content: Buffer, text: string): Promise<Buffer> {
  const pdf = await PDFDocument.load(content, { ignoreEncryption: true });
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (const page of pdf.getPages()) {
    const { width, height } = page.getSize();
    const size = Math.max(8, Math.min(width, height) / 30);
    for (let y = size * 2; y < height; y += height / 4) {
      page.drawText(text, {
        x: width * 0.05,
        y,
        size,
        font,
        color: rgb(0.8, 0.1, 0.1),
        opacity: 0.35,
        rotate: degrees(20),
      });
    }
    page.drawText(text, {
      x: 8,
      y: 8,
      size: Math.max(6, size / 2),
      font,
      color: rgb(0.8, 0.1, 0.1),
    });
  }
  return Buffer.from(await pdf.save());
}

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

async function stampImage(
  content: Buffer,
  mimeType: string,
  text: string,
): Promise<{ content: Buffer; mimeType: string }> {
  const image = sharp(content, { failOn: 'none' });
  const { width = 800, height = 600 } = await image.metadata();
  const size = Math.max(10, Math.round(Math.min(width, height) / 25));
  const rows = Array.from({ length: 5 }, (_, i) => {
    const y = Math.round(((i + 0.5) * height) / 5);
    return `<text x="${Math.round(width * 0.05)}" y="${y}" transform="rotate(-20 ${Math.round(width / 2)} ${y})">${escapeXml(text)}</text>`;
  }).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <g font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="${size}" fill="rgb(204,26,26)" fill-opacity="0.45">${rows}</g>
  </svg>`;
  const stamped = image.composite([{ input: Buffer.from(svg), top: 0, left: 0 }]);
  if (mimeType === 'image/jpeg') return { content: await stamped.jpeg().toBuffer(), mimeType };
  if (mimeType === 'image/webp') return { content: await stamped.webp().toBuffer(), mimeType };
  return { content: await stamped.png().toBuffer(), mimeType: 'image/png' };
}
