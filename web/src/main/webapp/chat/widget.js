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

    /** The widget's own words, in the page's language where it has them ({0}, {1}: what is put in), else English. */
    var WORDS = {
        en: {
            title: 'Chat with us', greeting: 'Hi! How can we help you today?',
            intro: 'Tell us who you are, so we can find your earlier conversations with us.', name: 'Name', email: 'Email',
            skip: 'Skip', start: 'Start chat', yourMessage: 'Your message', placeholder: 'Write a message\u2026', send: 'Send',
            messages: 'Messages', files: 'Files', open: 'Open chat: {0}', openUnread: 'Open chat: {0} ({1} unread)',
            close: 'Close chat', connecting: 'Connecting\u2026', online: 'Online', reconnecting: 'Reconnecting\u2026',
            agent: 'Agent', someone: 'Someone', typing: '{0} is typing\u2026', sending: 'sending\u2026',
            notSent: 'not sent: {0}', suggested: 'Suggested articles', mayAnswer: 'These articles may answer your question:',
            openArticle: 'Open in the help center', answered: 'This answered my question', person: 'Talk to a person',
            glad: 'Glad that helped! You can close the chat, or write again any time.',
            handedOver: 'A person will answer here. They will see your question and the articles you were shown.',
            thanks: 'Thanks! We\u2019ll reply here.', thanksName: 'Thanks, {0}! We\u2019ll reply here.',
            awayLabel: 'Nobody is here right now',
            away: 'Nobody is here right now. A person will answer from {0} (your time).',
            byEmail: 'Rather have the answer by email?', answerByEmail: 'Answer me by email',
            enterEmail: 'Please enter your email address.', notConnected: 'Not connected yet; please try again in a moment.',
            willAnswerAt: 'We\u2019ll answer at {0}.', pleaseEmail: 'Please answer me by email at {0}.'
        },
        de: {
            title: 'Chat mit uns', greeting: 'Hallo! Wie k\u00F6nnen wir Ihnen helfen?',
            intro: 'Sagen Sie uns, wer Sie sind, damit wir Ihre fr\u00FCheren Gespr\u00E4che mit uns finden.', name: 'Name',
            email: 'E-Mail', skip: '\u00DCberspringen', start: 'Chat beginnen', yourMessage: 'Ihre Nachricht',
            placeholder: 'Nachricht schreiben\u2026', send: 'Senden', messages: 'Nachrichten', files: 'Dateien',
            open: 'Chat \u00F6ffnen: {0}', openUnread: 'Chat \u00F6ffnen: {0} ({1} ungelesen)', close: 'Chat schlie\u00DFen',
            connecting: 'Verbinde\u2026', online: 'Online', reconnecting: 'Verbinde erneut\u2026', agent: 'Support',
            someone: 'Jemand', typing: '{0} schreibt\u2026', sending: 'wird gesendet\u2026', notSent: 'nicht gesendet: {0}',
            suggested: 'Vorgeschlagene Artikel', mayAnswer: 'Diese Artikel beantworten vielleicht Ihre Frage:',
            openArticle: 'Im Hilfe-Center \u00F6ffnen', answered: 'Das hat meine Frage beantwortet',
            person: 'Mit einem Menschen sprechen',
            glad: 'Sch\u00F6n, dass es geholfen hat! Sie k\u00F6nnen den Chat schlie\u00DFen oder jederzeit wieder schreiben.',
            handedOver: 'Ein Mensch antwortet Ihnen hier. Er sieht Ihre Frage und die Artikel, die Ihnen gezeigt wurden.',
            thanks: 'Danke! Wir antworten hier.', thanksName: 'Danke, {0}! Wir antworten hier.',
            awayLabel: 'Gerade ist niemand da',
            away: 'Gerade ist niemand da. Ein Mensch antwortet ab {0} (Ihre Ortszeit).',
            byEmail: 'Lieber per E-Mail antworten lassen?', answerByEmail: 'Per E-Mail antworten',
            enterEmail: 'Bitte geben Sie Ihre E-Mail-Adresse ein.',
            notConnected: 'Noch nicht verbunden; bitte versuchen Sie es gleich noch einmal.',
            willAnswerAt: 'Wir antworten an {0}.', pleaseEmail: 'Bitte antworten Sie mir per E-Mail an {0}.'
        },
        fr: {
            title: 'Discutez avec nous', greeting: 'Bonjour\u00A0! Comment pouvons-nous vous aider\u00A0?',
            intro: 'Dites-nous qui vous \u00EAtes, pour que nous retrouvions vos \u00E9changes pr\u00E9c\u00E9dents avec nous.',
            name: 'Nom', email: 'E-mail', skip: 'Passer', start: 'Commencer', yourMessage: 'Votre message',
            placeholder: '\u00C9crivez un message\u2026', send: 'Envoyer', messages: 'Messages', files: 'Fichiers',
            open: 'Ouvrir le chat\u00A0: {0}', openUnread: 'Ouvrir le chat\u00A0: {0} ({1} non lus)', close: 'Fermer le chat',
            connecting: 'Connexion\u2026', online: 'En ligne', reconnecting: 'Reconnexion\u2026', agent: 'Conseiller',
            someone: 'Quelqu\u2019un', typing: '{0} \u00E9crit\u2026', sending: 'envoi\u2026', notSent: 'non envoy\u00E9\u00A0: {0}',
            suggested: 'Articles sugg\u00E9r\u00E9s', mayAnswer: 'Ces articles r\u00E9pondent peut-\u00EAtre \u00E0 votre question\u00A0:',
            openArticle: 'Ouvrir dans le centre d\u2019aide', answered: 'Cela a r\u00E9pondu \u00E0 ma question',
            person: 'Parler \u00E0 une personne',
            glad: 'Ravis d\u2019avoir pu aider\u00A0! Vous pouvez fermer le chat, ou nous \u00E9crire \u00E0 tout moment.',
            handedOver: 'Une personne va vous r\u00E9pondre ici. Elle verra votre question et les articles qui vous ont \u00E9t\u00E9 montr\u00E9s.',
            thanks: 'Merci\u00A0! Nous vous r\u00E9pondrons ici.', thanksName: 'Merci, {0}\u00A0! Nous vous r\u00E9pondrons ici.',
            awayLabel: 'Personne n\u2019est l\u00E0 pour le moment',
            away: 'Personne n\u2019est l\u00E0 pour le moment. Une personne vous r\u00E9pondra \u00E0 partir du {0} (votre heure).',
            byEmail: 'Vous pr\u00E9f\u00E9rez une r\u00E9ponse par e-mail\u00A0?', answerByEmail: 'Me r\u00E9pondre par e-mail',
            enterEmail: 'Veuillez saisir votre adresse e-mail.',
            notConnected: 'Pas encore connect\u00E9\u00A0; veuillez r\u00E9essayer dans un instant.',
            willAnswerAt: 'Nous vous r\u00E9pondrons \u00E0 {0}.', pleaseEmail: 'Merci de me r\u00E9pondre par e-mail \u00E0 {0}.'
        },
        es: {
            title: 'Chatea con nosotros', greeting: '\u00A1Hola! \u00BFEn qu\u00E9 podemos ayudarte?',
            intro: 'Dinos qui\u00E9n eres para encontrar tus conversaciones anteriores con nosotros.', name: 'Nombre',
            email: 'Correo electr\u00F3nico', skip: 'Omitir', start: 'Empezar el chat', yourMessage: 'Tu mensaje',
            placeholder: 'Escribe un mensaje\u2026', send: 'Enviar', messages: 'Mensajes', files: 'Archivos',
            open: 'Abrir el chat: {0}', openUnread: 'Abrir el chat: {0} ({1} sin leer)', close: 'Cerrar el chat',
            connecting: 'Conectando\u2026', online: 'En l\u00EDnea', reconnecting: 'Reconectando\u2026', agent: 'Agente',
            someone: 'Alguien', typing: '{0} est\u00E1 escribiendo\u2026', sending: 'enviando\u2026', notSent: 'no enviado: {0}',
            suggested: 'Art\u00EDculos sugeridos', mayAnswer: 'Estos art\u00EDculos pueden responder a tu pregunta:',
            openArticle: 'Abrir en el centro de ayuda', answered: 'Esto respondi\u00F3 a mi pregunta',
            person: 'Hablar con una persona',
            glad: '\u00A1Nos alegra haber ayudado! Puedes cerrar el chat o escribirnos cuando quieras.',
            handedOver: 'Una persona te responder\u00E1 aqu\u00ED. Ver\u00E1 tu pregunta y los art\u00EDculos que se te mostraron.',
            thanks: '\u00A1Gracias! Te responderemos aqu\u00ED.', thanksName: '\u00A1Gracias, {0}! Te responderemos aqu\u00ED.',
            awayLabel: 'Ahora no hay nadie',
            away: 'Ahora no hay nadie. Una persona te responder\u00E1 a partir del {0} (tu hora).',
            byEmail: '\u00BFPrefieres la respuesta por correo electr\u00F3nico?', answerByEmail: 'Respondedme por correo',
            enterEmail: 'Introduce tu direcci\u00F3n de correo electr\u00F3nico.',
            notConnected: 'A\u00FAn no hay conexi\u00F3n; int\u00E9ntalo de nuevo en un momento.',
            willAnswerAt: 'Te responderemos en {0}.', pleaseEmail: 'Por favor, respondedme por correo electr\u00F3nico a {0}.'
        }
    };

    var pageLanguage = (function () {
        var lang = (script.getAttribute('data-lang') || document.documentElement.lang || '').slice(0, 2).toLowerCase();
        return /^[a-z]{2}$/.test(lang) ? lang : null;
    })();
    var wordsLanguage = WORDS[pageLanguage] ? pageLanguage : 'en';

    /** The widget's words for the key, with {0}, {1} replaced by the further arguments. */
    function t(key) {
        var args = Array.prototype.slice.call(arguments, 1);
        return WORDS[wordsLanguage][key].replace(/\{(\d)\}/g, function (all, i) {
            return String(args[Number(i)]);
        });
    }

    var settings = {
        title: script.getAttribute('data-title') || t('title'),
        color: script.getAttribute('data-color') || '#2457d6',
        greeting: script.getAttribute('data-greeting') || t('greeting'),
        bot: script.getAttribute('data-bot') !== 'off',
        language: pageLanguage
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

    var launcher = el('button', { 'class': 'launcher', type: 'button', 'aria-label': t('open', settings.title),
        'aria-expanded': 'false', 'aria-controls': 'threadline-chat-panel' });
    launcher.appendChild(chatIcon());
    var badge = el('span', { 'class': 'badge', hidden: '' });
    launcher.appendChild(badge);

    var panel = el('section', { 'class': 'panel', id: 'threadline-chat-panel', role: 'dialog',
        'aria-label': settings.title, hidden: '' });
    var header = el('header');
    var heading = el('div');
    heading.appendChild(el('h2', {}, settings.title));
    var status = el('div', { 'class': 'status', 'aria-live': 'polite' }, t('connecting'));
    heading.appendChild(status);
    var closeButton = el('button', { 'class': 'close', type: 'button', 'aria-label': t('close') }, '\u00D7');
    header.appendChild(heading);
    header.appendChild(closeButton);

    var log = el('div', { 'class': 'log', role: 'log', 'aria-live': 'polite', 'aria-label': t('messages'), tabindex: '0' });
    var typing = el('div', { 'class': 'typing', 'aria-live': 'polite', hidden: '' });

    var form = el('form', { 'class': 'form', hidden: '', novalidate: '' });
    form.appendChild(el('p', { style: 'margin:0' }, t('intro')));
    form.appendChild(el('label', { 'for': 'threadline-chat-name' }, t('name')));
    var nameInput = el('input', { id: 'threadline-chat-name', name: 'name', autocomplete: 'name', maxlength: '200' });
    form.appendChild(nameInput);
    form.appendChild(el('label', { 'for': 'threadline-chat-email' }, t('email')));
    var emailInput = el('input', { id: 'threadline-chat-email', name: 'email', type: 'email', autocomplete: 'email',
        required: '', maxlength: '320' });
    form.appendChild(emailInput);
    var formError = el('div', { 'class': 'error', role: 'alert' });
    form.appendChild(formError);
    var actions = el('div', { 'class': 'actions' });
    var skipButton = el('button', { 'class': 'secondary', type: 'button' }, t('skip'));
    actions.appendChild(skipButton);
    actions.appendChild(el('button', { 'class': 'primary', type: 'submit' }, t('start')));
    form.appendChild(actions);

    var composer = el('form', { 'class': 'composer' });
    composer.appendChild(el('label', { 'for': 'threadline-chat-text', 'class': 'visually-hidden' }, t('yourMessage')));
    var textInput = el('textarea', { id: 'threadline-chat-text', placeholder: t('placeholder'), maxlength: '5000',
        rows: '1' });
    composer.appendChild(textInput);
    composer.appendChild(el('button', { 'class': 'primary', type: 'submit' }, t('send')));

    [header, log, typing, form, composer].forEach(function (part) {
        panel.appendChild(part);
    });
    host.style.setProperty('--accent', settings.color);
    root.appendChild(launcher);
    root.appendChild(panel);

    // ---- rendering --------------------------------------------------------------------------------------------

    function formatTime(at) {
        var date = at ? new Date(at) : new Date();
        return date.toLocaleTimeString(wordsLanguage, { hour: '2-digit', minute: '2-digit' });
    }

    /** The files an agent sent with a reply: links by file name, to http(s) addresses only, opened in a new tab. */
    function fileLinks(files) {
        var list = el('ul', { 'class': 'files', 'aria-label': t('files') });
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
        var who = line.from === 'agent' ? (line.author || t('agent')) + ' \u00B7 ' : '';
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
        var block = el('div', { 'class': 'bot', role: 'group', 'aria-label': t('suggested') });
        block.appendChild(el('p', {}, t('mayAnswer')));
        var list = el('ul', { 'class': 'articles' });
        frame.articles.forEach(function (article, i) {
            var item = el('li');
            var bodyId = 'threadline-article-' + frame.id + '-' + i;
            var title = el('button', { type: 'button', 'class': 'article-title', 'aria-expanded': 'false',
                'aria-controls': bodyId }, article.title);
            var body = el('div', { 'class': 'article-body', id: bodyId, hidden: '' });
            rebuild(new DOMParser().parseFromString(article.html, 'text/html').body, body);
            var page = el('a', { href: new URL(article.url, script.src).href, target: '_blank', rel: 'noopener noreferrer' },
                t('openArticle'));
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
        var answered = el('button', { type: 'button', 'class': 'primary answered' }, t('answered'));
        var person = el('button', { type: 'button', 'class': 'secondary person' }, t('person'));
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
        var when = new Date(frame.opensAt).toLocaleString(wordsLanguage, { weekday: 'long', day: 'numeric', month: 'long',
            hour: '2-digit', minute: '2-digit' });
        var block = el('div', { 'class': 'bot away', role: 'group', 'aria-label': t('awayLabel') });
        block.appendChild(el('p', {}, t('away', when)));
        if (state.preChatForm !== 'off') {
            block.appendChild(emailFollowUpForm());
        }
        log.appendChild(block);
        log.scrollTop = log.scrollHeight;
    }

    function emailFollowUpForm() {
        var followUp = el('form', { 'class': 'follow-up', novalidate: '' });
        followUp.appendChild(el('label', { 'for': 'threadline-chat-follow-up' }, t('byEmail')));
        var input = el('input', { id: 'threadline-chat-follow-up', name: 'email', type: 'email', autocomplete: 'email',
            maxlength: '320' });
        input.value = emailInput.value;
        followUp.appendChild(input);
        var error = el('div', { 'class': 'error', role: 'alert' });
        followUp.appendChild(error);
        followUp.appendChild(el('button', { 'class': 'primary', type: 'submit' }, t('answerByEmail')));
        followUp.addEventListener('submit', function (event) {
            event.preventDefault();
            var email = input.value.trim();
            if (!email) {
                error.textContent = t('enterEmail');
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
                error.textContent = t('notConnected');
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
        launcher.setAttribute('aria-label', count ? t('openUnread', settings.title, count) : t('open', settings.title));
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
        status.textContent = t('connecting');
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
            status.textContent = t('reconnecting');
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
            status.textContent = t('online');
            clearLog();
            if (frame.history.length === 0) {
                showNotice(settings.greeting);
            }
            frame.history.forEach(function (line) {
                showLine(line);
            });
            Object.keys(state.pending).forEach(function (id) {
                showLine({ id: id, from: 'visitor', text: state.pending[id] }, t('sending'));
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
            typing.textContent = t('typing', frame.author || t('someone'));
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
                sendText(t('pleaseEmail', frame.email));
                showNotice(t('willAnswerAt', frame.email));
                return;
            }
            showNotice(frame.name ? t('thanksName', frame.name) : t('thanks'));
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
                showLine({ id: frame.id, from: 'visitor', text: text }, t('notSent', frame.message))
                    .classList.add('failed');
                return;
            }
            showNotice(frame.message);
        },
        suggestions: function (frame) {
            showSuggestions(frame);
        },
        deflected: function (frame) {
            endOffer(frame.id, t('glad'));
        },
        handedOver: function (frame) {
            endOffer(frame.id, t('handedOver'));
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
        showLine({ id: id, from: 'visitor', text: text }, t('sending'));
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
            formError.textContent = t('enterEmail');
            emailInput.focus();
            return;
        }
        formError.textContent = '';
        var profile = { type: 'profile', email: emailInput.value.trim() };
        if (nameInput.value.trim()) {
            profile.name = nameInput.value.trim();
        }
        if (!send(profile)) {
            formError.textContent = t('notConnected');
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
