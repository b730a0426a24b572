/**
 * The registered message catalogues: one entry per locale the bot speaks (the first is the
 * default). Adding a locale: its copy in locales/<id>/translation.json, then one import and one
 * entry here (src/i18n/README.md).
 */
import enGB from '../../locales/en-GB/translation.json';

export const CATALOGUES = {
  'en-GB': enGB,
} as const satisfies Record<string, Record<string, unknown>>;
