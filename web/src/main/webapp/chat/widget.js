/*
 * Threadline live chat widget. Embed it with one tag on any page:
 *
 *   <script src="https://crm.example.com/chat/widget.js" data-title="Chat with us" async></script>
 *
 * Optional attributes: data-title (panel title), data-color (accent colour, a CSS colour), data-greeting (first
 * line shown to a new visitor), data-lang (the language of the help articles the bot suggests; default the page's
 * lang), data-bot ("off": every question goes straight to a person). The socket URL is derived from this script's own
 * src. The protocol (JSON frames) is described in docs/channels.md, "Live chat". No dependencies; all text is inserted
 * as text, and the articles the bot shows are rebuilt from a short list of elements (never inserted as HTML).
 */
(function () {
    'use strict';

    var script = document.currentScript;
    if (!script || window.__threadlineChat) {
        return;
    }
    window.__threadlineChat = true;

    var TOKEN_KEY = 'threadline.chat.token';
    var SKIPPED_FORM_KEY = 'threadline.chat.form-skipped';
    var HEARTBEAT_MS = 25000;
    var TYPING_EVERY_MS = 3000;
    var TYPING_SHOWN_MS = 5000;
    var RETRY_UNAVAILABLE_MS = 5000;
    var MAX_BACKOFF_MS = 30000;

    var settings = {
        title: script.getAttribute('data-title') || 'Chat with us',
        color: script.getAttribute('data-color') || '#2457d6',
        greeting: script.getAttribute('data-greeting') || 'Hi! How can we help you today?',
        bot: script.getAttribute('data-bot') !== 'off',
        language: (function () {
            var lang = (script.getAttribute('data-lang') || document.documentElement.lang || '').slice(0, 2).toLowerCase();
            return /^[a-z]{2}$/.test(lang) ? lang : null;
        })()
    };

    var socketUrl = (function () {
        var url = new URL('socket', script.src);
        url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
        return url.toString();
    })();

    var storage = {
        get: function (key) {
            try { return window.localStorage.getItem(key); } catch (e) { return null; }
        },
        set: function (key, value) {
            try { window.localStorage.setItem(key, value); } catch (e) { /* private mode: the chat lasts one page */ }
        }
    };

    // ---- state ------------------------------------------------------------------------------------------------

    var state = {
        socket: null,
        welcomed: false,
        backoff: 1000,
        heartbeat: null,
        preChatForm: 'optional',
        introduced: false,
        pending: {},            // id -> text of messages not acknowledged yet, resent after a reconnect
        shown: {},              // from + ':' + id -> line element, so nothing appears twice
        lastTypingSent: 0,
        typingTimer: null,
        unread: 0,
        offers: {},             // message id -> the bot's block of articles for it, while the visitor has not answered
        awayShown: false,       // the "nobody is here" block is in the log
        emailFollowUp: null     // {error} of the "answer me by email" form while its profile frame is on its way
    };

    // ---- DOM --------------------------------------------------------------------------------------------------

    function el(tag, attributes, text) {
        var node = document.createElement(tag);
        Object.keys(attributes || {}).forEach(function (name) {
            node.setAttribute(name, attributes[name]);
        });
        if (text !== undefined) {
            node.textContent = text;
        }
        return node;
    }

    /** A speech bubble drawn in SVG, so the launcher looks the same whatever fonts the visitor has. */
    function chatIcon() {
        var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
        svg.setAttribute('viewBox', '0 0 24 24');
        svg.setAttribute('width', '26');
        svg.setAttribute('height', '26');
        svg.setAttribute('aria-hidden', 'true');
        var path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
        path.setAttribute('fill', 'currentColor');
        path.setAttribute('d', 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H9l-5 4v-4H4a2 2 0 0 1-2-2V5a2 2 0 0 1 2-2z');
        svg.appendChild(path);
        return svg;
    }

    var host = el('div', { 'class': 'threadline-chat' });
    var root = host.attachShadow ? host.attachShadow({ mode: 'open' }) : host;

    var style = el('style');
    style.textContent = [
        ':host { all: initial; }',
        '* { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }',
        '.launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; width: 56px; height: 56px;',
        '  border: none; border-radius: 50%; background: var(--accent); color: #fff; font-size: 26px; cursor: pointer;',
        '  box-shadow: 0 4px 14px rgba(0,0,0,.25); }',
        '.launcher:focus-visible, button:focus-visible, input:focus-visible, textarea:focus-visible {',
        '  outline: 3px solid #ffbf47; outline-offset: 2px; }',
        '.badge { position: absolute; top: -4px; right: -4px; min-width: 20px; height: 20px; padding: 0 6px;',
        '  border-radius: 10px; background: #d4351c; color: #fff; font-size: 12px; line-height: 20px; }',
        '.panel { position: fixed; right: 20px; bottom: 88px; z-index: 2147483000; width: 360px; max-width: calc(100vw - 40px);',
        '  height: 520px; max-height: calc(100vh - 110px); display: flex; flex-direction: column; background: #fff;',
        '  color: #1b1b1b; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.25); overflow: hidden; font-size: 14px; }',
        '.panel[hidden], .form[hidden], .composer[hidden], .typing[hidden], .badge[hidden] { display: none; }',
        'header { display: flex; align-items: center; justify-content: space-between; padding: 12px 14px;',
        '  background: var(--accent); color: #fff; }',
        'h2 { margin: 0; font-size: 16px; font-weight: 600; }',
        '.status { font-size: 12px; opacity: .85; }',
        '.close { border: none; background: transparent; color: #fff; font-size: 22px; cursor: pointer; line-height: 1; }',
        '.log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; background: #f6f7f9; }',
        '.line { max-width: 80%; padding: 8px 11px; border-radius: 12px; white-space: pre-wrap; word-wrap: break-word; }',
        '.line.agent, .line.notice { align-self: flex-start; background: #fff; border: 1px solid #e1e4e8; }',
        '.line.visitor { align-self: flex-end; background: var(--accent); color: #fff; }',
        '.line.notice { font-style: italic; color: #505a5f; }',
        '.line.failed { background: #fbe9e7; color: #8a1c0c; border: 1px solid #d4351c; }',
        '.meta { display: block; font-size: 11px; opacity: .75; margin-top: 3px; }',
        '.files { margin: 6px 0 0; padding-left: 18px; }',
        '.files a { color: #1d4f91; text-decoration: underline; word-break: break-all; }',
        '.typing { padding: 4px 14px; font-size: 12px; color: #505a5f; }',
        '.form { padding: 12px 14px; display: flex; flex-direction: column; gap: 8px; border-top: 1px solid #e1e4e8; }',
        '.form label { font-size: 12px; font-weight: 600; }',
        '.form input { width: 100%; padding: 7px 9px; border: 1px solid #8a9196; border-radius: 6px; font-size: 14px; }',
        '.form .actions { display: flex; gap: 8px; justify-content: flex-end; }',
        '.form .error { color: #d4351c; font-size: 12px; min-height: 1em; }',
        '.composer { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e1e4e8; }',
        '.composer textarea { flex: 1; resize: none; height: 42px; padding: 9px; border: 1px solid #8a9196; border-radius: 6px;',
        '  font-size: 14px; }',
        '.primary { border: none; border-radius: 6px; padding: 0 14px; min-height: 34px; background: var(--accent); color: #fff;',
        '  font-size: 14px; cursor: pointer; }',
        '.secondary { border: 1px solid #8a9196; border-radius: 6px; padding: 0 12px; min-height: 34px; background: #fff;',
        '  color: #1b1b1b; font-size: 14px; cursor: pointer; }',
        '.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }',
        '.bot { align-self: stretch; background: #fff; border: 1px solid #e1e4e8; border-radius: 12px; padding: 10px 12px; }',
        '.bot p { margin: 0 0 8px; }',
        '.bot .articles { list-style: none; margin: 0 0 10px; padding: 0; display: flex; flex-direction: column; gap: 6px; }',
        '.bot .article-title { width: 100%; text-align: left; border: 1px solid #c9ced3; border-radius: 8px; background: #f6f7f9;',
        '  padding: 8px 10px; font-size: 14px; font-weight: 600; color: #1d4f91; cursor: pointer; }',
        '.bot .article-body { padding: 6px 4px 0; font-size: 13px; line-height: 1.45; }',
        '.bot .article-body[hidden] { display: none; }',
        '.bot .article-body a { color: #1d4f91; }',
        '.bot .article-body p, .bot .article-body ul, .bot .article-body ol { margin: 0 0 6px; }',
        '.bot .choices { display: flex; flex-wrap: wrap; gap: 8px; }',
        '.bot .follow-up { display: flex; flex-direction: column; gap: 6px; }',
        '.bot .follow-up label { font-size: 12px; font-weight: 600; }',
        '.bot .follow-up input { width: 100%; padding: 7px 9px; border: 1px solid #8a9196; border-radius: 6px; font-size: 14px; }',
        '.bot .follow-up .primary { align-self: flex-end; }',
        '.bot .error { color: #d4351c; font-size: 12px; min-height: 1em; }'
    ].join('\n');
    root.appendChild(style);

    var launcher = el('button', { 'class': 'launcher', type: 'button', 'aria-label': 'Open chat: ' + settings.title,
        'aria-expanded': 'false', 'aria-controls': 'threadline-chat-panel' });
    launcher.appendChild(chatIcon());
    var badge = el('span', { 'class': 'badge', hidden: '' });
    launcher.appendChild(badge);

    var panel = el('section', { 'class': 'panel', id: 'threadline-chat-panel', role: 'dialog',
        'aria-label': settings.title, hidden: '' });
    var header = el('header');
    var heading = el('div');
    heading.appendChild(el('h2', {}, settings.title));
    var status = el('div', { 'class': 'status', 'aria-live': 'polite' }, 'Connecting\u2026');
    heading.appendChild(status);
    var closeButton = el('button', { 'class': 'close', type: 'button', 'aria-label': 'Close chat' }, '\u00D7');
    header.appendChild(heading);
    header.appendChild(closeButton);

    var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': 'Messages', tabindex: '0' });
    var typing = el('div', { 'class': 'typing', 'aria-live': 'polite', hidden: '' });

    var form = el('form', { 'class': 'form', hidden: '', novalidate: '' });
    form.appendChild(el('p', { style: 'margin:0' }, 'Tell us who you are, so we can find your earlier conversations with us.'));
    form.appendChild(el('label', { 'for': 'threadline-chat-name' }, 'Name'));
    var nameInput = el('input', { id: 'threadline-chat-name', name: 'name', autocomplete: 'name', maxlength: '200' });
    form.appendChild(nameInput);
    form.appendChild(el('label', { 'for': 'threadline-chat-email' }, 'Email'));
    var emailInput = el('input', { id: 'threadline-chat-email', name: 'email', type: 'email', autocomplete: 'email',
        required: '', maxlength: '320' });
    form.appendChild(emailInput);
    var formError = el('div', { 'class': 'error', role: 'alert' });
    form.appendChild(formError);
    var actions = el('div', { 'class': 'actions' });
    var skipButton = el('button', { 'class': 'secondary', type: 'button' }, 'Skip');
    actions.appendChild(skipButton);
    actions.appendChild(el('button', { 'class': 'primary', type: 'submit' }, 'Start chat'));
    form.appendChild(actions);

    var composer = el('form', { 'class': 'composer' });
    composer.appendChild(el('label', { 'for': 'threadline-chat-text', 'class': 'visually-hidden' }, 'Your message'));
    var textInput = el('textarea', { id: 'threadline-chat-text', placeholder: 'Write a message\u2026', maxlength: '5000',
        rows: '1' });
    composer.appendChild(textInput);
    composer.appendChild(el('button', { 'class': 'primary', type: 'submit' }, 'Send'));

    [header, log, typing, form, composer].forEach(function (part) {
        panel.appendChild(part);
    });
    host.style.setProperty('--accent', settings.color);
    root.appendChild(launcher);
    root.appendChild(panel);

    // ---- rendering --------------------------------------------------------------------------------------------

    function formatTime(at) {
        var date = at ? new Date(at) : new Date();
        return date.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    }

    /** The files an agent sent with a reply: links by file name, to http(s) addresses only, opened in a new tab. */
    function fileLinks(files) {
        var list = el('ul', { 'class': 'files', 'aria-label': 'Files' });
        files.forEach(function (file) {
            var url;
            try {
                url = new URL(file.url, script.src);
            } catch (e) {
                return;
            }
            if (url.protocol !== 'https:' && url.protocol !== 'http:') {
                return;
            }
            var item = el('li');
            item.appendChild(el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer' }, file.name));
            list.appendChild(item);
        });
        return list;
    }

    /** Shows a line once; a line already shown (a resend, history after a push) is updated instead. */
    function showLine(line, note) {
        var key = line.from + ':' + line.id;
        var node = state.shown[key];
        if (!node) {
            node = el('div', { 'class': 'line ' + line.from });
            node.appendChild(document.createTextNode(line.text));
            if (line.files && line.files.length) {
                node.appendChild(fileLinks(line.files));
            }
            node.appendChild(el('span', { 'class': 'meta' }));
            state.shown[key] = node;
            log.appendChild(node);
            log.scrollTop = log.scrollHeight;
        }
        var who = line.from === 'agent' ? (line.author || 'Agent') + ' \u00B7 ' : '';
        node.lastChild.textContent = who + formatTime(line.at) + (note ? ' \u00B7 ' + note : '');
        return node;
    }

    function showNotice(text) {
        var node = el('div', { 'class': 'line notice' }, text);
        log.appendChild(node);
        log.scrollTop = log.scrollHeight;
    }

    /**
     * An article's body from its (already sanitized) HTML, rebuilt here element by element from a short list, so that
     * nothing in it can run: other elements become their text, links only go to http(s) and mail addresses.
     */
    var ARTICLE_ELEMENTS = ['P', 'UL', 'OL', 'LI', 'STRONG', 'EM', 'B', 'I', 'CODE', 'PRE', 'BLOCKQUOTE', 'BR', 'HR',
        'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD'];

    function rebuild(source, target) {
        Array.prototype.forEach.call(source.childNodes, function (node) {
            if (node.nodeType === 3) {
                target.appendChild(document.createTextNode(node.textContent));
            } else if (node.nodeType === 1 && node.tagName === 'A') {
                var url;
                try {
                    url = new URL(node.getAttribute('href') || '', script.src);
                } catch (e) {
                    url = null;
                }
                var link = url && /^(https?|mailto):$/.test(url.protocol)
                    ? el('a', { href: url.href, target: '_blank', rel: 'noopener noreferrer nofollow' }) : el('span');
                rebuild(node, link);
                target.appendChild(link);
            } else if (node.nodeType === 1 && ARTICLE_ELEMENTS.indexOf(node.tagName) >= 0) {
                var copy = el(node.tagName.charAt(0) === 'H' && node.tagName.length === 2 ? 'strong' : node.tagName.toLowerCase());
                rebuild(node, copy);
                target.appendChild(copy);
            } else if (node.nodeType === 1) {
                rebuild(node, target);
            }
        });
        return target;
    }

    /** The bot's articles for a question: each opens in place, with the two ways on below them. */
    function showSuggestions(frame) {
        if (state.offers[frame.id]) {
            return;
        }
        var block = el('div', { 'class': 'bot', role: 'group', 'aria-label': 'Suggested articles' });
        block.appendChild(el('p', {}, 'These articles may answer your question:'));
        var list = el('ul', { 'class': 'articles' });
        frame.articles.forEach(function (article, i) {
            var item = el('li');
            var bodyId = 'threadline-article-' + frame.id + '-' + i;
            var title = el('button', { type: 'button', 'class': 'article-title', 'aria-expanded': 'false',
                'aria-controls': bodyId }, article.title);
            var body = el('div', { 'class': 'article-body', id: bodyId, hidden: '' });
            rebuild(new DOMParser().parseFromString(article.html, 'text/html').body, body);
            var page = el('a', { href: new URL(article.url, script.src).href, target: '_blank', rel: 'noopener noreferrer' },
                'Open in the help center');
            body.appendChild(el('p')).appendChild(page);
            title.addEventListener('click', function () {
                var open = body.hidden;
                body.hidden = !open;
                title.setAttribute('aria-expanded', String(open));
            });
            item.appendChild(title);
            item.appendChild(body);
            list.appendChild(item);
        });
        block.appendChild(list);
        var choices = el('div', { 'class': 'choices' });
        var answered = el('button', { type: 'button', 'class': 'primary answered' }, 'This answered my question');
        var person = el('button', { type: 'button', 'class': 'secondary person' }, 'Talk to a person');
        answered.addEventListener('click', function () {
            send({ type: 'resolved', id: frame.id });
        });
        person.addEventListener('click', function () {
            send({ type: 'handover', id: frame.id });
        });
        choices.appendChild(answered);
        choices.appendChild(person);
        block.appendChild(choices);
        state.offers[frame.id] = block;
        log.appendChild(block);
        log.scrollTop = log.scrollHeight;
    }

    /** The visitor answered the bot: its choices go, the articles stay readable. */
    function endOffer(id, notice) {
        var block = state.offers[id];
        if (block && block.lastChild.className === 'choices') {
            block.removeChild(block.lastChild);
        }
        delete state.offers[id];
        showNotice(notice);
    }

    /**
     * Nobody answers the chat now: when a person will, in the visitor's own time, and (unless the pre-chat form is off)
     * the choice of being answered by email instead.
     */
    function showAway(frame) {
        if (state.awayShown) {
            return;
        }
        state.awayShown = true;
        var when = new Date(frame.opensAt).toLocaleString([], { weekday: 'long', day: 'numeric', month: 'long',
            hour: '2-digit', minute: '2-digit' });
        var block = el('div', { 'class': 'bot away', role: 'group', 'aria-label': 'Nobody is here right now' });
        block.appendChild(el('p', {}, 'Nobody is here right now. A person will answer from ' + when + ' (your time).'));
        if (state.preChatForm !== 'off') {
            block.appendChild(emailFollowUpForm());
        }
        log.appendChild(block);
        log.scrollTop = log.scrollHeight;
    }

    function emailFollowUpForm() {
        var followUp = el('form', { 'class': 'follow-up', novalidate: '' });
        followUp.appendChild(el('label', { 'for': 'threadline-chat-follow-up' }, 'Rather have the answer by email?'));
        var input = el('input', { id: 'threadline-chat-follow-up', name: 'email', type: 'email', autocomplete: 'email',
            maxlength: '320' });
        input.value = emailInput.value;
        followUp.appendChild(input);
        var error = el('div', { 'class': 'error', role: 'alert' });
        followUp.appendChild(error);
        followUp.appendChild(el('button', { 'class': 'primary', type: 'submit' }, 'Answer me by email'));
        followUp.addEventListener('submit', function (event) {
            event.preventDefault();
            var email = input.value.trim();
            if (!email) {
                error.textContent = 'Please enter your email address.';
                input.focus();
                return;
            }
            error.textContent = '';
            var profile = { type: 'profile', email: email };
            if (nameInput.value.trim()) {
                profile.name = nameInput.value.trim();
            }
            if (send(profile)) {
                state.emailFollowUp = { form: followUp, error: error };
            } else {
                error.textContent = 'Not connected yet; please try again in a moment.';
            }
        });
        return followUp;
    }

    function clearLog() {
        while (log.firstChild) {
            log.removeChild(log.firstChild);
        }
        state.shown = {};
        state.offers = {};
        state.awayShown = false;
    }

    function setUnread(count) {
        state.unread = count;
        badge.textContent = String(count);
        badge.hidden = count === 0;
        launcher.setAttribute('aria-label', 'Open chat: ' + settings.title + (count ? ' (' + count + ' unread)' : ''));
    }

    function showForm(show) {
        form.hidden = !show;
        composer.hidden = show && state.preChatForm === 'required';
        skipButton.hidden = state.preChatForm === 'required';
        if (show && !panel.hidden) {
            (nameInput.value ? emailInput : nameInput).focus();
        }
    }

    // ---- the socket -------------------------------------------------------------------------------------------

    function connect() {
        if (state.socket) {
            return;
        }
        var socket = new WebSocket(socketUrl);
        state.socket = socket;
        status.textContent = 'Connecting\u2026';
        socket.onopen = function () {
            state.backoff = 1000;
            var hello = { type: 'hello' };
            var token = storage.get(TOKEN_KEY);
            if (token) {
                hello.token = token;
            }
            if (settings.bot) {
                hello.suggestions = true;
            }
            if (settings.language) {
                hello.lang = settings.language;
            }
            socket.send(JSON.stringify(hello));
            state.heartbeat = window.setInterval(function () {
                send({ type: 'ping' });
            }, HEARTBEAT_MS);
        };
        socket.onmessage = function (event) {
            var frame;
            try {
                frame = JSON.parse(event.data);
            } catch (e) {
                return;
            }
            (handlers[frame.type] || function () { })(frame);
        };
        socket.onclose = function () {
            window.clearInterval(state.heartbeat);
            state.socket = null;
            state.welcomed = false;
            status.textContent = 'Reconnecting\u2026';
            window.setTimeout(connect, state.backoff);
            state.backoff = Math.min(state.backoff * 2, MAX_BACKOFF_MS);
        };
    }

    function send(frame) {
        if (state.socket && state.socket.readyState === WebSocket.OPEN && (state.welcomed || frame.type === 'ping')) {
            state.socket.send(JSON.stringify(frame));
            return true;
        }
        return false;
    }

    function sendPending() {
        Object.keys(state.pending).forEach(function (id) {
            send({ type: 'message', id: id, text: state.pending[id] });
        });
    }

    var handlers = {
        welcome: function (frame) {
            storage.set(TOKEN_KEY, frame.token);
            state.welcomed = true;
            state.preChatForm = frame.preChatForm;
            state.introduced = !!frame.email;
            status.textContent = 'Online';
            clearLog();
            if (frame.history.length === 0) {
                showNotice(settings.greeting);
            }
            frame.history.forEach(function (line) {
                showLine(line);
            });
            Object.keys(state.pending).forEach(function (id) {
                showLine({ id: id, from: 'visitor', text: state.pending[id] }, 'sending\u2026');
            });
            if (frame.name) {
                nameInput.value = frame.name;
            }
            if (frame.email) {
                emailInput.value = frame.email;
            }
            var formWanted = frame.preChatForm === 'required'
                || (frame.preChatForm === 'optional' && storage.get(SKIPPED_FORM_KEY) !== 'yes');
            showForm(!state.introduced && formWanted);
            sendPending();
        },
        ack: function (frame) {
            var text = state.pending[frame.id];
            delete state.pending[frame.id];
            if (text !== undefined) {
                showLine({ id: frame.id, from: 'visitor', text: text });
            }
        },
        message: function (frame) {
            typing.hidden = true;
            showLine(frame);
            if (frame.from === 'agent' && panel.hidden) {
                setUnread(state.unread + 1);
            }
        },
        typing: function (frame) {
            typing.textContent = (frame.author || 'Someone') + ' is typing\u2026';
            typing.hidden = false;
            window.clearTimeout(state.typingTimer);
            state.typingTimer = window.setTimeout(function () {
                typing.hidden = true;
            }, TYPING_SHOWN_MS);
        },
        profile: function (frame) {
            state.introduced = true;
            formError.textContent = '';
            showForm(false);
            if (state.emailFollowUp) {
                var followUp = state.emailFollowUp.form;
                state.emailFollowUp = null;
                followUp.parentNode.removeChild(followUp);
                sendText('Please answer me by email at ' + frame.email + '.');
                showNotice('We\u2019ll answer at ' + frame.email + '.');
                return;
            }
            showNotice('Thanks' + (frame.name ? ', ' + frame.name : '') + '! We\u2019ll reply here.');
            textInput.focus();
        },
        error: function (frame) {
            if (frame.code === 'profile_required') {
                showForm(true);
                return;
            }
            if (state.emailFollowUp && (frame.field === 'email' || frame.field === 'name')) {
                state.emailFollowUp.error.textContent = frame.message;
                state.emailFollowUp = null;
                return;
            }
            if (!form.hidden && (frame.field === 'email' || frame.field === 'name')) {
                formError.textContent = frame.message;
                return;
            }
            if (frame.id && state.pending[frame.id] !== undefined) {
                if (frame.code === 'unavailable' || frame.code === 'rate_limited') {
                    window.setTimeout(sendPending, RETRY_UNAVAILABLE_MS);
                    return;
                }
                var text = state.pending[frame.id];
                delete state.pending[frame.id];
                showLine({ id: frame.id, from: 'visitor', text: text }, 'not sent: ' + frame.message)
                    .classList.add('failed');
                return;
            }
            showNotice(frame.message);
        },
        suggestions: function (frame) {
            showSuggestions(frame);
        },
        deflected: function (frame) {
            endOffer(frame.id, 'Glad that helped! You can close the chat, or write again any time.');
        },
        handedOver: function (frame) {
            endOffer(frame.id, 'A person will answer here. They will see your question and the articles you were shown.');
        },
        away: function (frame) {
            showAway(frame);
        },
        pong: function () { }
    };

    // ---- user actions -----------------------------------------------------------------------------------------

    function newId() {
        var bytes = new Uint8Array(12);
        window.crypto.getRandomValues(bytes);
        return 'm-' + Array.prototype.map.call(bytes, function (b) {
            return ('0' + b.toString(16)).slice(-2);
        }).join('');
    }

    function sendMessage() {
        var text = textInput.value.trim();
        if (!text) {
            return;
        }
        textInput.value = '';
        sendText(text);
    }

    /** Sends a message of the visitor's, kept until acknowledged. */
    function sendText(text) {
        var id = newId();
        state.pending[id] = text;
        showLine({ id: id, from: 'visitor', text: text }, 'sending\u2026');
        send({ type: 'message', id: id, text: text });
    }

    function openPanel() {
        panel.hidden = false;
        launcher.setAttribute('aria-expanded', 'true');
        setUnread(0);
        connect();
        if (!form.hidden) {
            nameInput.focus();
        } else {
            textInput.focus();
        }
    }

    function closePanel() {
        panel.hidden = true;
        launcher.setAttribute('aria-expanded', 'false');
        launcher.focus();
    }

    launcher.addEventListener('click', function () {
        if (panel.hidden) {
            openPanel();
        } else {
            closePanel();
        }
    });
    closeButton.addEventListener('click', closePanel);
    panel.addEventListener('keydown', function (event) {
        if (event.key === 'Escape') {
            closePanel();
        }
    });

    composer.addEventListener('submit', function (event) {
        event.preventDefault();
        sendMessage();
    });
    textInput.addEventListener('keydown', function (event) {
        if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            sendMessage();
        }
    });
    textInput.addEventListener('input', function () {
        var now = Date.now();
        if (textInput.value && now - state.lastTypingSent >= TYPING_EVERY_MS) {
            state.lastTypingSent = now;
            send({ type: 'typing' });
        }
    });

    form.addEventListener('submit', function (event) {
        event.preventDefault();
        if (!emailInput.value.trim()) {
            formError.textContent = 'Please enter your email address.';
            emailInput.focus();
            return;
        }
        formError.textContent = '';
        var profile = { type: 'profile', email: emailInput.value.trim() };
        if (nameInput.value.trim()) {
            profile.name = nameInput.value.trim();
        }
        if (!send(profile)) {
            formError.textContent = 'Not connected yet; please try again in a moment.';
        }
    });
    skipButton.addEventListener('click', function () {
        storage.set(SKIPPED_FORM_KEY, 'yes');
        showForm(false);
        textInput.focus();
    });

    function mount() {
        document.body.appendChild(host);
        // A returning visitor is connected at once, so an agent's reply arrives even while the panel is closed.
        if (storage.get(TOKEN_KEY)) {
            connect();
        }
    }

    if (document.body) {
        mount();
    } else {
        document.addEventListener('DOMContentLoaded', mount);
    }
})();
