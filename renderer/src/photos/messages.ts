/** UI texts of renderer/src/photos/: zh-CN first, English second; a test checks both have the same keys. */
export const photoMessages = {
  'zh-CN': {
  },
  en: {
  },
} as const satisfies Record<'zh-CN' | 'en', Record<string, string>>;
