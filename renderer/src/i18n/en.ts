import type { MessageKey } from './zh-CN.ts';

/** English. */
export const en: Record<MessageKey, string> = {
  appName: 'ParcelDesk',
  appSubtitle: 'Industrial-park land inventory',
  language: 'Language',
  languageName: 'English',
  sidePanelTitle: 'Project',
  noProject: 'No data loaded yet.',
  demoOffer: 'First time here? Open the demo project: parcels of six Xuchang industrial parks (CGCS2000 3° Gauss-Krüger, GBK).',
  openDemo: 'Open demo project',
  openingDemo: 'Opening the demo project…',
  demoProjectName: 'Demo: Xuchang industrial parks',
  parcelCount: 'Parcels',
  layerName: 'Layer',
  parcelUnit: '',
  online: 'Online',
  offline: 'Offline',
  storageUsed: 'Storage used',
  storagePersisted: 'persistent',
  storageNotPersisted: 'may be cleared by the browser',
  cursorLonLat: 'Lon/Lat',
  cursorGaussKruger: 'CGCS2000 3° zone {{zone}}',
  cursorNone: 'Move the pointer over the map to see coordinates',
  errorPrefix: 'Error: ',
  mapLabel: 'Map',
};
