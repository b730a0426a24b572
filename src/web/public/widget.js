/*
 * The "Chat with us" launcher a charity's site adds with one script tag:
 *   <script src="https://CHAT-ORIGIN/widget.js" async></script>
 * It shows a button; the chat opens in a panel holding an iframe of CHAT-ORIGIN/chat (created on
 * first open, so nothing is loaded before the person asks). Quick exit inside the chat replaces
 * this host page too (a message from the chat's origin, checked), and Shift pressed 3 times on the
 * host page while the chat is open does the same. Styles are set through the DOM (no <style> or
 * inline markup), so a strict CSP on the host page is fine. Nothing is stored by this script.
 */
(function () {
  'use strict';
  var SETTINGS = /* settings */ null;
  var script = document.currentScript;
  if (!script || !SETTINGS || window.__helplineWidgetLoaded) return;
  window.__helplineWidgetLoaded = true;
  var origin = new URL(script.src, window.location.href).origin;
  var Z = '2147483000';
  var panel, frame, launcher, closer;
  var isOpen = false;
  var exiting = false;

  function css(el, styles) {
    for (var name in styles) el.style[name] = styles[name];
  }

  function isSmall() {
    return window.matchMedia('(max-width: 480px)').matches;
  }

  function place() {
    if (!panel) return;
    if (isSmall()) {
      css(panel, { top: '0', left: '0', right: '0', bottom: '0', width: '100%', height: '100%', borderRadius: '0' });
    } else {
      css(panel, { top: 'auto', left: 'auto', right: '16px', bottom: '84px', width: 'min(420px, calc(100vw - 32px))', height: 'min(680px, calc(100vh - 104px))', borderRadius: '8px' });
    }
  }

  function leave(url) {
    if (exiting) return;
    exiting = true;
    if (frame) frame.src = 'about:blank';
    window.location.replace(url);
  }

  function build() {
    panel = document.createElement('div');
    panel.id = 'helpline-chat-panel';
    panel.setAttribute('role', 'dialog');
    panel.setAttribute('aria-label', SETTINGS.frameTitle);
    css(panel, { position: 'fixed', zIndex: Z, display: 'none', flexDirection: 'column', background: '#ffffff', border: '2px solid #5c6370', boxShadow: '0 4px 16px rgba(0,0,0,0.35)', overflow: 'hidden' });

    closer = document.createElement('button');
    closer.type = 'button';
    closer.textContent = SETTINGS.close;
    css(closer, { alignSelf: 'flex-start', margin: '4px', minHeight: '36px', padding: '4px 12px', font: '16px system-ui, sans-serif', color: '#1d3a8a', background: '#ffffff', border: '2px solid #1d3a8a', borderRadius: '6px', cursor: 'pointer' });
    closer.addEventListener('click', close);

    frame = document.createElement('iframe');
    frame.src = origin + '/chat?embed=1';
    frame.title = SETTINGS.frameTitle;
    frame.setAttribute('referrerpolicy', 'no-referrer');
    css(frame, { flex: '1 1 auto', width: '100%', border: '0' });

    panel.appendChild(closer);
    panel.appendChild(frame);
    document.body.appendChild(panel);
    place();
    window.addEventListener('resize', place);
  }

  function open() {
    if (!panel) build();
    panel.style.display = 'flex';
    isOpen = true;
    launcher.setAttribute('aria-expanded', 'true');
    frame.focus();
  }

  function close() {
    panel.style.display = 'none';
    isOpen = false;
    launcher.setAttribute('aria-expanded', 'false');
    launcher.focus();
  }

  launcher = document.createElement('button');
  launcher.type = 'button';
  launcher.id = 'helpline-chat-launcher';
  launcher.textContent = SETTINGS.open;
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'helpline-chat-panel');
  css(launcher, { position: 'fixed', right: '16px', bottom: '16px', zIndex: Z, minHeight: '48px', padding: '12px 20px', font: '700 16px system-ui, sans-serif', color: '#ffffff', background: '#1d3a8a', border: '2px solid #0f1f4d', borderRadius: '24px', cursor: 'pointer', boxShadow: '0 2px 8px rgba(0,0,0,0.35)' });
  launcher.addEventListener('click', function () {
    if (isOpen) close();
    else open();
  });

  // Quick exit from inside the chat: only the chat's own origin is obeyed, only to an http(s) URL.
  window.addEventListener('message', function (event) {
    if (event.origin !== origin || !event.data || event.data.type !== 'helpline-quick-exit') return;
    var url = String(event.data.url || '');
    if (/^https?:\/\//i.test(url)) leave(url);
  });

  // Shift 3 times on the host page while the chat is open: the chat deletes itself and exits.
  var shifts = [];
  document.addEventListener('keydown', function (event) {
    if (!isOpen) return;
    if (event.key !== 'Shift') {
      shifts = [];
      return;
    }
    if (event.repeat) return;
    var now = Date.now();
    shifts = shifts.filter(function (t) {
      return now - t < 3000;
    });
    shifts.push(now);
    if (shifts.length < 3) return;
    frame.contentWindow.postMessage({ type: 'helpline-quick-exit-request' }, origin);
    // If the chat can't answer (still loading, broken), leave anyway.
    setTimeout(function () {
      leave(SETTINGS.quickExitUrl);
    }, 800);
  });

  if (document.body) document.body.appendChild(launcher);
  else document.addEventListener('DOMContentLoaded', function () {
    document.body.appendChild(launcher);
  });
})();
