import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from '../i18n/i18n.ts';

/** Title, import, the survey tools (children) and language switch. */
export function TopBar({ onImport, children }: { readonly onImport: () => void; readonly children?: ReactNode }) {
  const { t, i18n } = useTranslation();
  return (
    <header className="top-bar">
      <h1>
        {t('appName')} <small>{t('appSubtitle')}</small>
      </h1>
      <button type="button" className="top-action" data-testid="open-import" onClick={onImport}>
        {t('importData')}
      </button>
      {children}
      <label className="language">
        {t('language')}{' '}
        <select
          data-testid="language-select"
          value={i18n.language}
          onChange={(event) => void switchLanguage(event.target.value as Language)}
        >
          <option value="zh-CN">中文</option>
          <option value="en">English</option>
        </select>
      </label>
    </header>
  );
}
