/*
 * The reply box's canned response picker: the chosen response, filled in by the server (args.cannedText), goes into
 * the text box at the cursor, or fills the box when it is empty, or follows what is there when the agent has not been
 * in the box yet; the agent can still edit it, and it is saved as their draft like typed text.
 */
window.Threadline = window.Threadline || {};

Threadline.composer = (function () {
    var BOX_ID = 'reply:text';

    document.addEventListener('focusin', function (event) {
        if (event.target && event.target.id === BOX_ID) {
            event.target.setAttribute('data-touched', 'true');
        }
    });

    return {
        insert: function (args) {
            var box = document.getElementById(BOX_ID);
            if (!box || !args || typeof args.cannedText !== 'string') {
                return;
            }
            var text = args.cannedText, value = box.value, caret;
            if (!value.trim()) {
                box.value = text;
                caret = text.length;
            } else if (box.getAttribute('data-touched')) {
                var start = box.selectionStart, end = box.selectionEnd;
                box.value = value.slice(0, start) + text + value.slice(end);
                caret = start + text.length;
            } else {
                box.value = value + (/\n$/.test(value) ? '\n' : '\n\n') + text;
                caret = box.value.length;
            }
            box.focus();
            box.setSelectionRange(caret, caret);
            // The box's keyup behaviour saves the draft.
            window.jQuery(box).trigger('keyup');
        }
    };
})();
