import { describe, expect, it } from 'vitest';
import { PUBLIC_FILE_MAX_BYTES, refusalOf } from './publicFiles';

describe('refusalOf (evidence checked in the browser)', () => {
  it.each([
    ['照片.jpg', 'image/jpeg', 1024, null],
    ['扫描件.PDF', 'application/pdf', PUBLIC_FILE_MAX_BYTES, null],
    ['截图.webp', 'image/webp', 10, null],
    ['传真.tif', '', 10, null],
    ['情况说明.txt', 'text/plain', 10, 'type'],
    ['图标.svg', 'image/svg+xml', 10, 'type'],
    ['照片.heic', '', 10, 'type'],
    ['录像.pdf', 'application/pdf', PUBLIC_FILE_MAX_BYTES + 1, 'size'],
    ['录像.mp4', 'video/mp4', PUBLIC_FILE_MAX_BYTES + 1, 'type'],
  ])('%s (%s, %d bytes) → %s', (name, type, size, refusal) => {
    expect(refusalOf({ name, type, size })).toBe(refusal);
  });
});
