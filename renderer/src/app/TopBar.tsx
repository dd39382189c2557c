import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { switchLanguage, type Language } from '../i18n/i18n.ts';

interface TopBarProps {
  readonly onImport: () => void;
  /** The survey tools, beside import on the first row. */
  readonly children?: ReactNode;
  /** Exchange, review, evaluation and report tools, on a second row that wraps on narrow windows. */
  readonly tools?: ReactNode;
}

/** Title, import, the survey tools and language switch; the other tools on a row below. */
export function TopBar({ onImport, children, tools }: TopBarProps) {
  const { t, i18n } = useTranslation();
  const header = useRef<HTMLElement>(null);
  // Floating panels (dashboard, evaluation) start below the bar, however many rows it wraps to.
  useEffect(() => {
    const element = header.current;
    if (!element) return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => root.style.setProperty('--top-bar-height', `${element.offsetHeight}px`));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return (
    <header className="top-bar" ref={header}>
      <div className="top-row">
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
      </div>
      {tools && <nav className="top-tools" aria-label={t('topTools')}>{tools}</nav>}
    </header>
  );
}
