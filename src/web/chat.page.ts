/**
 * The full-page chat (GET /chat): markup only - the behaviour is /chat/chat.js and Web Chat's own
 * bundle, both from this origin. Every word comes from the locale catalogue; the settings the
 * script needs travel in a JSON data block (not executed, so allowed by the CSP).
 */
import { translator, type CopyKey, type Locale, type PhoneNumbers } from '../i18n';

export interface ChatPageSettings {
  locale: Locale;
  phones: PhoneNumbers;
  nonce: string;
  quickExitUrl: string;
  /** Shown inside the widget's iframe: the page's own title is left out. */
  embedded: boolean;
  /** Asset version (cache busting). */
  version: string;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (value: string): string => value.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/** JSON safe inside <script type="application/json">: no "</script>" or comment openers. */
export const jsonForHtml = (value: unknown): string =>
  JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');

export function chatPage(settings: ChatPageSettings): string {
  const tr = translator({ locale: settings.locale, phones: settings.phones }, 'webchat');
  const t = (key: CopyKey) => escapeHtml(tr.t(key));
  const config = {
    locale: settings.locale,
    quickExitUrl: settings.quickExitUrl,
    copy: {
      placeholder: tr.t('web.chat.placeholder'),
      emergencyLabel: tr.t('web.chat.emergencyLabel'),
      loading: tr.t('web.loading'),
      failed: tr.t('web.failed'),
      leaving: tr.t('web.quickExit.leaving'),
    },
  };
  const v = encodeURIComponent(settings.version);
  return `<!doctype html>
<html lang="${escapeHtml(settings.locale)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>${t('web.title')}</title>
<link rel="stylesheet" href="/chat/chat.css?v=${v}">
</head>
<body class="${settings.embedded ? 'embedded' : 'full'}">
<header class="exit-bar">
  <button type="button" id="quick-exit" class="quick-exit" aria-describedby="quick-exit-hint">${t('web.quickExit.button')}</button>
  <span id="quick-exit-hint" class="quick-exit-hint">${t('web.quickExit.hint')}</span>
</header>
<main id="main" class="chat-main">
  <h1 class="chat-title">${t('web.title')}</h1>
  <p class="chat-intro">${t('web.intro')}</p>
  <details class="privacy">
    <summary>${t('web.privacy.title')}</summary>
    <p>${t('web.privacy.history')}</p>
    <p>${t('web.privacy.device')}</p>
  </details>
  <p class="keep"><input type="checkbox" id="keep-chat"> <label for="keep-chat">${t('web.keep.label')}</label></p>
  <p id="chat-status" class="chat-status" role="status">${t('web.loading')}</p>
  <section id="webchat" class="webchat" aria-label="${t('web.chatRegion')}"></section>
  <noscript><p class="noscript">${t('web.noscript')}</p></noscript>
</main>
<script type="application/json" id="chat-config">${jsonForHtml(config)}</script>
<script src="/chat/webchat.js?v=${v}"></script>
<script src="/chat/chat.js?v=${v}" nonce="${escapeHtml(settings.nonce)}"></script>
</body>
</html>
`;
}
