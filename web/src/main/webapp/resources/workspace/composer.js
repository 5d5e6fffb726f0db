/*
 * The reply box on the conversation page.
 * - Drafts: what the agent types is saved as their private draft a second after they stop typing and when they leave
 *   the box, through the form's saveReplyDraft command. The text goes as a parameter of its own, so a save still on
 *   its way never changes what the page sends.
 * - Canned responses: the chosen response, filled in by the server (args.cannedText), goes into the box at the
 *   cursor, or fills the box when it is empty, or follows what is there when the agent has not been in the box yet;
 *   the agent can still edit it, and it is saved as their draft like typed text.
 * - Suggestions: a button with data-insert (an article's link, a similar conversation's reply) puts that text into the
 *   box the same way; nothing is sent until the agent sends.
 */
window.Threadline = window.Threadline || {};

Threadline.composer = (function () {
    var BOX_ID = 'reply:text', CHANNEL_ID = 'reply:channel_input', SAVE_AFTER_MS = 1000;
    var timer = null, lastSaved = null;

    function box() {
        return document.getElementById(BOX_ID);
    }

    function save() {
        clearTimeout(timer);
        timer = null;
        var text = box();
        if (!text || typeof window.saveReplyDraft !== 'function' || text.value === lastSaved) {
            return;
        }
        lastSaved = text.value;
        var channel = document.getElementById(CHANNEL_ID);
        window.saveReplyDraft([{ name: 'draftText', value: text.value },
            { name: 'draftChannel', value: channel ? channel.value : '' }]);
    }

    function saveSoon() {
        clearTimeout(timer);
        timer = setTimeout(save, SAVE_AFTER_MS);
    }

    document.addEventListener('DOMContentLoaded', function () {
        lastSaved = box() ? box().value : null;
    });
    document.addEventListener('input', function (event) {
        if (event.target && event.target.id === BOX_ID) {
            saveSoon();
        }
    });
    document.addEventListener('focusin', function (event) {
        if (event.target && event.target.id === BOX_ID) {
            event.target.setAttribute('data-touched', 'true');
        }
    });
    document.addEventListener('focusout', function (event) {
        if (!event.target || event.target.id !== BOX_ID || !timer) {
            return;
        }
        var next = event.relatedTarget;
        if (next && next.type === 'submit' && next.form && next.form.id === 'reply') {
            // Send or Schedule: the reply takes the text; a save now would only race with it.
            clearTimeout(timer);
            timer = null;
            return;
        }
        save();
    });
    // Sending: the reply takes the text; no save of it is due any more.
    document.addEventListener('submit', function (event) {
        if (event.target && event.target.id === 'reply') {
            clearTimeout(timer);
            timer = null;
        }
    }, true);

    /** Puts text into the box: at the cursor, or in place of an empty box, or after what is there when untouched. */
    function insertText(inserted) {
        var text = box();
        if (!text || typeof inserted !== 'string') {
            return;
        }
        var value = text.value, caret;
        if (!value.trim()) {
            text.value = inserted;
            caret = text.value.length;
        } else if (text.getAttribute('data-touched')) {
            var start = text.selectionStart, end = text.selectionEnd;
            text.value = value.slice(0, start) + inserted + value.slice(end);
            caret = start + inserted.length;
        } else {
            text.value = value + (/\n$/.test(value) ? '\n' : '\n\n') + inserted;
            caret = text.value.length;
        }
        text.focus();
        text.setSelectionRange(caret, caret);
        saveSoon();
    }

    document.addEventListener('click', function (event) {
        var button = event.target && event.target.closest ? event.target.closest('button[data-insert]') : null;
        if (button) {
            event.preventDefault();
            insertText(button.getAttribute('data-insert'));
        }
    });

    return {
        insert: function (args) {
            if (args) {
                insertText(args.cannedText);
            }
        }
    };
})();
