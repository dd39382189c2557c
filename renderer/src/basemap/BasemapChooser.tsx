import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ONLINE_PRESETS, type OnlinePreset } from '../../../shared/basemap/online-presets.ts';
import { offsetDatumProvider } from '../../../shared/basemap/tile-url-template.ts';
import type { BasemapController, BasemapStatus } from './use-basemap.ts';
import './basemap.css';

function StatusLine({ status }: { readonly status: BasemapStatus }) {
  const { t } = useTranslation();
  const text = status.state === 'local'
    ? t('basemapStatus_local', { ...status.summary, tiles: t(`basemapTiles_${status.summary.tiles}`) })
    : status.state === 'repick' ? t('basemapStatus_repick', { name: status.name })
    : status.state === 'error' ? t(`basemapError_${status.code}`)
    : t(`basemapStatus_${status.state}`);
  return <p className={`basemap-status ${status.state}`} data-testid="basemap-status" role="status">{text}</p>;
}

/** The basemap button over the map and its panel: none, local PMTiles/MBTiles/folder, or an online map. */
export function BasemapChooser({ basemap }: { readonly basemap: BasemapController }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const stored = basemap.choice.kind === 'online' ? basemap.choice : undefined;
  const [preset, setPreset] = useState<OnlinePreset>(stored?.preset ?? 'tiandituVector');
  const [key, setKey] = useState(stored?.key ?? '');
  const [template, setTemplate] = useState(stored?.template ?? '');
  const provider = preset === 'custom' ? offsetDatumProvider(template) : undefined;
  const needsAttention = basemap.status.state === 'repick';

  return (
    <div className="basemap-chooser">
      <button type="button" data-testid="basemap-button" aria-expanded={open} className={needsAttention ? 'attention' : ''}
        onClick={() => setOpen((o) => !o)}>{t('basemapButton')}</button>
      {open && (
        <div className="basemap-panel" data-testid="basemap-panel" role="dialog" aria-label={t('basemapTitle')}>
          <h3>{t('basemapTitle')}</h3>
          <StatusLine status={basemap.status} />
          <button type="button" data-testid="basemap-none" onClick={basemap.chooseNone}>{t('basemapNone')}</button>
          <label>
            {t('basemapPmtiles')}
            <input type="file" accept=".pmtiles" data-testid="basemap-pmtiles-input"
              onChange={(e) => e.target.files?.[0] && basemap.openFile('pmtiles', e.target.files[0])} />
          </label>
          <label>
            {t('basemapMbtiles')}
            <input type="file" accept=".mbtiles" data-testid="basemap-mbtiles-input"
              onChange={(e) => e.target.files?.[0] && basemap.openFile('mbtiles', e.target.files[0])} />
          </label>
          <label>
            {t('basemapXyzFolder')}
            <input type="file" data-testid="basemap-xyz-input" ref={(input) => { if (input) input.webkitdirectory = true; }}
              onChange={(e) => e.target.files?.length && basemap.openFolder([...e.target.files])} />
          </label>
          <fieldset>
            <legend>{t('basemapOnline')}</legend>
            <select value={preset} data-testid="basemap-online-preset" onChange={(e) => setPreset(e.target.value as OnlinePreset)}>
              {ONLINE_PRESETS.map((p) => <option key={p} value={p}>{t(`basemapPreset_${p}`)}</option>)}
            </select>
            {(preset === 'tiandituVector' || preset === 'tiandituImage') && (
              <input type="text" value={key} placeholder={t('basemapTiandituKey')} aria-label={t('basemapTiandituKey')}
                data-testid="basemap-tianditu-key" onChange={(e) => setKey(e.target.value)} />
            )}
            {preset === 'custom' && (
              <input type="url" value={template} placeholder={t('basemapTemplate')} aria-label={t('basemapTemplate')}
                data-testid="basemap-online-url" onChange={(e) => setTemplate(e.target.value)} />
            )}
            {provider && (
              <p className="basemap-warning" role="alert" data-testid="basemap-gcj-warning">
                {t('basemapGcjWarning', { provider: t(`basemapProvider_${provider}`) })}
              </p>
            )}
            <button type="button" data-testid="basemap-online-apply" onClick={() => basemap.chooseOnline(preset, key.trim(), template.trim())}>
              {t('basemapApply')}
            </button>
          </fieldset>
        </div>
      )}
    </div>
  );
}
