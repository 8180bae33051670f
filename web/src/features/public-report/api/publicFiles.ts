// What `POST /api/public/files` takes (server: services/public-reports/public-files.ts). The
// browser checks first so that a wrong file costs no request; the server sniffs the content again.

export const PUBLIC_FILE_MAX_MB = 10;
export const PUBLIC_FILE_MAX_BYTES = PUBLIC_FILE_MAX_MB * 1024 * 1024;
/** Per report and per message. */
export const PUBLIC_FILES_MAX = 5;

const TYPES = [
  'application/pdf',
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/tiff',
  'image/webp',
] as const;
const EXTENSIONS = /\.(pdf|png|jpe?g|gif|tiff?|webp)$/i;

/** For the file dialog only: exactly the server's types, not `image/*` (no SVG, HEIC, BMP…). */
export const PUBLIC_FILE_ACCEPT = [
  ...TYPES,
  '.pdf',
  '.png',
  '.jpg',
  '.jpeg',
  '.gif',
  '.tif',
  '.tiff',
  '.webp',
].join(',');

export type FileRefusal = 'type' | 'size';

/** Why a picked file cannot be sent, or null. Without a browser-known type the name decides. */
export function refusalOf(file: { name: string; size: number; type: string }): FileRefusal | null {
  const typed = file.type
    ? (TYPES as readonly string[]).includes(file.type)
    : EXTENSIONS.test(file.name);
  if (!typed) return 'type';
  if (file.size > PUBLIC_FILE_MAX_BYTES) return 'size';
  return null;
}
