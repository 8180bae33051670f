import QRCode from 'qrcode';
import sharp from 'sharp';
import type { Ctx } from '../../core/context.js';
import { unprocessable } from '../../core/errors.js';
import { findVisibleRound } from './find-visible-round.js';

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The channel's notice on the poster (码上巡察): what is accepted, the promise, the warning. */
const NOTICE = [
  '受理范围：反映被巡察单位领导班子及其成员、下一级党组织领导班子',
  '主要负责人和重要岗位领导干部违反党纪、政务违法问题，',
  '以及群众身边的不正之风和腐败问题。',
  '保密承诺：举报人信息严格保密，系统不记录 IP 地址；可以匿名举报。',
  '提交后请妥善保存回执码，凭回执码查询办理进展、补充材料、查看答复。',
  '提倡实名举报。诬告陷害的，依规依纪依法追究责任。',
];

const WIDTH = 1240;
const HEIGHT = 1754;

/**
 * `GET /api/rounds/:id/report-poster` (码上巡察): an A4 PNG (150 dpi) with the QR code of the
 * round's report link and the channel's notice, for whoever sees the round; the link is the
 * configured public address (XUNCHA_PUBLIC_URL) or the address the caller used.
 */
export async function reportPoster(ctx: Ctx, roundId: string, origin: string) {
  const { round } = await findVisibleRound(ctx, roundId);
  if (round.state === 'archived')
    throw unprocessable('该轮巡察已立卷归档，举报渠道已关闭', [{ path: 'id', message: '已归档' }]);
  const base = (ctx.deps.config.publicUrl ?? origin).replace(/\/+$/, '');
  const link = `${base}/report?round=${round.id}`;
  const qr = await QRCode.toBuffer(link, {
    type: 'png',
    width: 720,
    margin: 2,
    errorCorrectionLevel: 'M',
  });
  const lines = NOTICE.map(
    (line, i) =>
      `<text x="120" y="${1330 + i * 54}" font-size="32" fill="#333">${escapeXml(line)}</text>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}">
    <rect width="100%" height="100%" fill="#fff"/>
    <rect x="0" y="0" width="${WIDTH}" height="260" fill="#b71c1c"/>
    <g font-family="Noto Sans CJK SC, Noto Sans SC, WenQuanYi Zen Hei, sans-serif">
      <text x="${WIDTH / 2}" y="150" font-size="96" font-weight="bold" fill="#fff" text-anchor="middle">码上巡察</text>
      <text x="${WIDTH / 2}" y="225" font-size="36" fill="#fff" text-anchor="middle">扫码举报 · 回执码查询进展</text>
      <text x="${WIDTH / 2}" y="350" font-size="44" font-weight="bold" fill="#222" text-anchor="middle">${escapeXml(round.name)}</text>
      <text x="${WIDTH / 2}" y="1200" font-size="28" fill="#666" text-anchor="middle">${escapeXml(link)}</text>
      ${lines}
    </g>
  </svg>`;
  const content = await sharp(Buffer.from(svg))
    .composite([{ input: qr, top: 420, left: (WIDTH - 720) / 2 }])
    .png()
    .toBuffer();
  return { name: `码上巡察-${round.name}.png`, mimeType: 'image/png', content, link };
}
