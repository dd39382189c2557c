import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en.ts';
import { FEATURE_BUNDLES } from './feature-bundles.ts';
import { zhCN } from './zh-CN.ts';

export const SUPPORTED_LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof SUPPORTED_LANGUAGES)[number];
const STORAGE_KEY = 'parceldesk.language';

/** The language chosen last time, else Chinese. */
export function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: {
      'zh-CN': { translation: Object.assign({}, zhCN, ...FEATURE_BUNDLES.map((b) => b['zh-CN'])) },
      en: { translation: Object.assign({}, en, ...FEATURE_BUNDLES.map((b) => b.en)) },
    },
    lng: initialLanguage(),
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
}

/** Switches language and remembers it across restarts. */
export async function switchLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
