/** UI texts of renderer/src/ledger/: zh-CN first, English second; a test checks both have the same keys. */
export const ledgerMessages = {
  'zh-CN': {
  },
  en: {
  },
} as const satisfies Record<'zh-CN' | 'en', Record<string, string>>;
