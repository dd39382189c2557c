import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProjectState } from '../project/use-project.ts';

interface SidePanelProps {
  readonly state: ProjectState;
  readonly onOpenDemo: () => void;
  readonly children?: ReactNode;
}

/** The project summary, or the demo offer when nothing is loaded yet. */
export function SidePanel({ state, onOpenDemo, children }: SidePanelProps) {
  const { t } = useTranslation();
  return (
    <aside className="side-panel">
      <h2>{t('sidePanelTitle')}</h2>
      {state.status === 'loading' && <p>…</p>}
      {state.status === 'opening-demo' && <p role="status">{t('openingDemo')}</p>}
      {state.status === 'error' && (
        <p role="alert" className="error">
          {t('errorPrefix')}
          {state.message}
        </p>
      )}
      {state.status === 'empty' && (
        <div className="demo-offer" data-testid="demo-offer">
          <p>{t('noProject')}</p>
          <p>{t('demoOffer')}</p>
          <button type="button" onClick={onOpenDemo} data-testid="open-demo">
            {t('openDemo')}
          </button>
        </div>
      )}
      {state.status === 'ready' && (
        <dl className="project-summary" data-testid="project-summary">
          <dt>{state.loaded.project.name}</dt>
          <dd />
          {state.loaded.layers.map((layer) => (
            <div key={layer.id}>
              <dt>{t('layerName')}</dt>
              <dd>{layer.name}</dd>
            </div>
          ))}
          <dt>{t('parcelCount')}</dt>
          <dd data-testid="parcel-count">
            {state.loaded.layers.filter((layer) => layer.role !== 'parkBoundaries').reduce((sum, layer) => sum + layer.featureCount, 0)} {t('parcelUnit')}
          </dd>
        </dl>
      )}
      {children}
    </aside>
  );
}
