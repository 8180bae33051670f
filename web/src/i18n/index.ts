import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { enUS } from './en-US';

export type Language = 'zh-CN' | 'en-US';
export const LANGUAGES: { code: Language; label: string }[] = [
  { code: 'zh-CN', label: '中文' },
  { code: 'en-US', label: 'English' },
];

const STORAGE_KEY = 'xuncha.lang';

function isLanguage(value: unknown): value is Language {
  return value === 'zh-CN' || value === 'en-US';
}

function storedLanguage(): Language {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

void i18n.use(initReactI18next).init({
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  lng: storedLanguage(),
  fallbackLng: 'zh-CN',
  supportedLngs: ['zh-CN', 'en-US'],
  interpolation: { escapeValue: false },
  returnNull: false,
  initAsync: false,
});

export function currentLanguage(): Language {
  return isLanguage(i18n.language) ? i18n.language : 'zh-CN';
}

export async function setLanguage(language: Language): Promise<void> {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // Private mode or storage disabled: the choice just does not survive a reload.
  }
  await i18n.changeLanguage(language);
}

/**
 * Translate a key built from server data (role codes, audit actions, setting keys),
 * falling back to the raw value when the dictionary has no entry for it.
 */
export function translateOr(key: string, fallback: string): string {
  if (!i18n.exists(key)) return fallback;
  const value: unknown = i18n.t(key, { returnObjects: true });
  return typeof value === 'string' ? value : fallback;
}

export { i18n };
