import { cardMessages } from '../card/messages.ts';
import { ledgerMessages } from '../ledger/messages.ts';
import { searchMessages } from '../search/messages.ts';
import { photoMessages } from '../photos/messages.ts';
import { mapMessages } from '../map/messages.ts';
import { basemapMessages } from '../basemap/messages.ts';
import { printMessages } from '../print/messages.ts';
import { surveyMessages } from '../survey/messages.ts';
import { exchangeMessages } from '../exchange/messages.ts';
import { conflictMessages } from '../conflicts/messages.ts';
import { syncMessages } from '../sync/messages.ts';
import { classificationMessages } from '../classification/messages.ts';
import { dashboardMessages } from '../dashboard/messages.ts';
import { exportsMessages } from '../exports/messages.ts';
import { standardLandMessages } from '../standard-land/messages.ts';
import { enterpriseMessages } from '../enterprise/messages.ts';

/** Each feature folder's messages; merged over the app-wide ones in i18n.ts. */
export const FEATURE_BUNDLES: readonly Readonly<Record<'zh-CN' | 'en', Readonly<Record<string, string>>>>[] = [
  cardMessages, ledgerMessages, searchMessages, photoMessages, mapMessages, basemapMessages, printMessages, surveyMessages, exchangeMessages, conflictMessages, syncMessages, exportsMessages, classificationMessages, dashboardMessages, standardLandMessages, enterpriseMessages,
];
