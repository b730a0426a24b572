/*
 * The chat page's behaviour (served as /chat/chat.js, no inline script anywhere).
 * - Gets a token for a new conversation (or, if the person chose to keep the chat for this tab,
 *   refreshes the kept one from sessionStorage) and renders stock Web Chat against our Direct Line.
 * - Emergency replies (importance "high") are wrapped in a highlighted, labelled block.
 * - Quick exit (button, or Shift pressed 3 times): deletes the conversation on the server, clears
 *   the chat from the page and sessionStorage, and replaces this page (and the host page when
 *   embedded) with a neutral site using location.replace. Nothing is ever put in localStorage.
 */
(function () {
  'use strict';

  var config = JSON.parse(document.getElementById('chat-config').textContent);
  var copy = config.copy;
  var nonce = document.currentScript ? document.currentScript.nonce : undefined;
  var KEY = 'helpline-chat';
  var SHIFT_WINDOW_MS = 3000;
  var statusEl = document.getElementById('chat-status');
  var keepBox = document.getElementById('keep-chat');
  var chatEl = document.getElementById('webchat');
  var exitButton = document.getElementById('quick-exit');
  var directLine;
  var session;
  var leaving = false;

  function readKept() {
    try {
      var raw = window.sessionStorage.getItem(KEY);
      var kept = raw ? JSON.parse(raw) : undefined;
      return kept && kept.conversationId && kept.token && kept.userId ? kept : undefined;
    } catch (e) {
      return undefined;
    }
  }

  function forget() {
    try {
      window.sessionStorage.removeItem(KEY);
    } catch (e) {
      /* storage may be blocked: nothing was kept then */
    }
  }

  function currentToken() {
    return (directLine && directLine.token) || (session && session.token);
  }

  /** Kept only when the person ticked the box, only in this tab (sessionStorage). */
  function saveKept() {
    if (!keepBox.checked || !session || leaving) {
      forget();
      return;
    }
    try {
      window.sessionStorage.setItem(KEY, JSON.stringify({ conversationId: session.conversationId, userId: session.userId, token: currentToken() }));
    } catch (e) {
      /* storage blocked: the chat simply isn't kept */
    }
  }

  function postJson(url, token) {
    var headers = token ? { Authorization: 'Bearer ' + token } : {};
    return fetch(url, { method: 'POST', headers: headers, credentials: 'omit', cache: 'no-store' }).then(function (res) {
      if (!res.ok) throw new Error('HTTP ' + res.status);
      return res.json();
    });
  }

  function newSession() {
    return postJson('/api/webchat/token').then(function (t) {
      return { conversationId: t.conversationId, userId: t.userId, token: t.token, resumed: false };
    });
  }

  function resumeOrStart() {
    var kept = readKept();
    if (!kept) return newSession();
    keepBox.checked = true;
    return postJson('/v3/directline/tokens/refresh', kept.token)
      .then(function (t) {
        return { conversationId: kept.conversationId, userId: kept.userId, token: t.token, resumed: true };
      })
      .catch(function () {
        forget();
        keepBox.checked = false;
        return newSession();
      });
  }

  /**
   * A React element like `like` (same $$typeof, so whichever React Web Chat bundles accepts it).
   * Web Chat's bundle does not expose React, and its middleware must return elements.
   */
  function element(like, type, key, props, children) {
    var all = {};
    for (var name in props) all[name] = props[name];
    all.children = children;
    return { $$typeof: like.$$typeof, type: type, key: key, ref: null, props: all, _owner: null, _store: {} };
  }

  /** Emergency guidance: a labelled, highlighted block (not colour alone). */
  function emergencyMiddleware() {
    return function (next) {
      return function () {
        var card = arguments[0];
        var render = next.apply(null, arguments);
        if (!render || !card || !card.activity || card.activity.importance !== 'high') return render;
        return function () {
          var inner = render.apply(null, arguments);
          if (!inner || !inner.$$typeof) return inner;
          var label = element(inner, 'p', 'label', { className: 'emergency-label' }, copy.emergencyLabel);
          return element(inner, 'div', null, { className: 'emergency', role: 'group', 'aria-label': copy.emergencyLabel }, [
            label,
            element(inner, 'div', 'body', {}, inner)
          ]);
        };
      };
    };
  }

  /**
   * After "delete" or "exit" the bot sends a `conversation.clear` event (src/channels/README.md):
   * everything shown before it is removed from the screen, and the confirmation that follows stays.
   */
  function clearOnRequest(store) {
    return function (next) {
      return function (action) {
        var result = next(action);
        var activity = action && action.type === 'DIRECT_LINE/INCOMING_ACTIVITY' && action.payload && action.payload.activity;
        if (activity && activity.type === 'event' && activity.name === 'conversation.clear') {
          store.getState().activities.forEach(function (shown) {
            if (shown.id) store.dispatch({ type: 'DIRECT_LINE/DELETE_ACTIVITY', payload: { activityID: shown.id } });
          });
        }
        return result;
      };
    };
  }

  var styleOptions = {
    accent: '#1d3a8a',
    backgroundColor: '#ffffff',
    primaryFont: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
    bubbleBackground: '#f1f3f6',
    bubbleBorderColor: '#5c6370',
    bubbleBorderRadius: 8,
    bubbleBorderWidth: 1,
    bubbleFromUserBackground: '#e3ebff',
    bubbleFromUserBorderColor: '#1d3a8a',
    bubbleFromUserBorderRadius: 8,
    bubbleFromUserBorderWidth: 1,
    bubbleMinHeight: 0,
    bubbleTextColor: '#111111',
    bubbleFromUserTextColor: '#111111',
    subtle: '#4a4f57',
    timestampColor: '#4a4f57',
    sendBoxBackground: '#ffffff',
    sendBoxTextColor: '#111111',
    sendBoxPlaceholderColor: '#4a4f57',
    sendBoxButtonColor: '#1d3a8a',
    sendBoxBorderTop: 'solid 2px #5c6370',
    suggestedActionLayout: 'flow',
    suggestedActionBackgroundColor: '#ffffff',
    suggestedActionBorderColor: '#1d3a8a',
    suggestedActionBorderWidth: 2,
    suggestedActionBorderRadius: 8,
    suggestedActionTextColor: '#1d3a8a',
    suggestedActionHeight: 44,
    hideUploadButton: true,
    botAvatarInitials: '',
    userAvatarInitials: '',
    rootHeight: '100%',
    rootWidth: '100%',
    transcriptOverlayButtonBackground: '#1d3a8a',
    transcriptOverlayButtonColor: '#ffffff'
  };

  function render(s) {
    session = s;
    directLine = window.WebChat.createDirectLine({
      token: s.token,
      domain: window.location.origin + '/v3/directline',
      webSocket: !/[?&]transport=polling(&|$)/.test(window.location.search),
      conversationId: s.resumed ? s.conversationId : undefined
    });
    window.WebChat.renderWebChat(
      {
        directLine: directLine,
        store: window.WebChat.createStore({}, clearOnRequest),
        userID: s.userId,
        locale: config.locale,
        nonce: nonce,
        styleOptions: styleOptions,
        activityMiddleware: emergencyMiddleware,
        overrideLocalizedStrings: { TEXT_INPUT_PLACEHOLDER: copy.placeholder }
      },
      chatEl
    );
    statusEl.textContent = '';
    statusEl.hidden = true;
    document.body.setAttribute('data-chat', 'ready');
    saveKept();
  }

  function quickExit() {
    if (leaving) return;
    leaving = true;
    forget();
    var token = currentToken();
    if (session && token) {
      // keepalive: the request is sent even as the page goes away.
      fetch('/v3/directline/conversations/' + encodeURIComponent(session.conversationId), {
        method: 'DELETE',
        keepalive: true,
        credentials: 'omit',
        headers: { Authorization: 'Bearer ' + token }
      }).catch(function () {});
    }
    try {
      if (directLine) directLine.end();
    } catch (e) {
      /* already ended */
    }
    // Clear the chat from the page before anything else can show it.
    chatEl.textContent = '';
    document.title = copy.leaving;
    document.body.setAttribute('data-chat', 'gone');
    if (window.parent !== window) {
      // The widget's script on the host page replaces the host page (checked by origin there).
      window.parent.postMessage({ type: 'helpline-quick-exit', url: config.quickExitUrl }, '*');
      try {
        window.top.location.replace(config.quickExitUrl);
      } catch (e) {
        /* a cross-origin host may refuse: the postMessage above covers it */
      }
    }
    window.location.replace(config.quickExitUrl);
  }

  exitButton.addEventListener('click', quickExit);

  // Shift pressed 3 times in a row (the GOV.UK "Exit this page" pattern).
  var shiftTimes = [];
  document.addEventListener(
    'keydown',
    function (event) {
      if (event.key !== 'Shift') {
        shiftTimes = [];
        return;
      }
      if (event.repeat) return;
      var now = Date.now();
      shiftTimes = shiftTimes.filter(function (t) {
        return now - t < SHIFT_WINDOW_MS;
      });
      shiftTimes.push(now);
      if (shiftTimes.length >= 3) quickExit();
    },
    true
  );

  // The widget on a host page can ask for a quick exit too (its own Shift x3).
  window.addEventListener('message', function (event) {
    if (event.source === window.parent && event.data && event.data.type === 'helpline-quick-exit-request') quickExit();
  });

  keepBox.addEventListener('change', saveKept);
  window.addEventListener('pagehide', saveKept);

  resumeOrStart()
    .then(render)
    .catch(function () {
      statusEl.hidden = false;
      statusEl.textContent = copy.failed;
    });
})();
