/*
 * Keyboard shortcuts of the agent workspace. The keys come from the help overlay (rows with data-keys and
 * data-action, rendered from KeyboardShortcuts): this file only knows what each action does. Elements are found by
 * their ids or data-shortcut attributes. Single keys never fire while the focus is in a text field; Escape and
 * Ctrl+Enter (Cmd+Enter on a Mac) do.
 */
window.Threadline = window.Threadline || {};

Threadline.shortcuts = (function () {
    var SEQUENCE_MS = 1200;
    var bindings = {}, pending = null, pendingAt = 0, focusBeforeHelp = null;

    function byShortcut(name) {
        return document.querySelector('[data-shortcut="' + name + '"]');
    }

    function inboxUrl() {
        return document.querySelector('.topbar .brand').href;
    }

    function click(name) {
        var element = byShortcut(name);
        if (element) {
            element.click();
        }
        return !!element;
    }

    function focusField(id) {
        var field = document.getElementById(id);
        if (field) {
            field.scrollIntoView({block: 'center'});
            field.focus();
        }
        return !!field;
    }

    /** Opens a toolbar popover (a details element) and moves the focus to its first control. */
    function openPopover(name) {
        var popover = byShortcut(name);
        if (!popover) {
            return false;
        }
        popover.open = true;
        var first = Array.prototype.find.call(popover.querySelectorAll('.popover-body input, .popover-body select, '
            + '.popover-body textarea, .popover-body button, .popover-body a[href], .popover-body [tabindex]'), function (control) {
            return control.tabIndex >= 0 && control.type !== 'hidden' && !control.disabled;
        });
        (first || popover.querySelector('summary')).focus();
        return true;
    }

    function rows() {
        return Array.prototype.slice.call(document.querySelectorAll('.conversations tbody tr'))
            .filter(function (row) { return row.querySelector('a.customer'); });
    }

    /** The chosen row, by its link: a live refresh of the list replaces the rows, the choice stays. */
    var chosen = null;

    function mark(all) {
        var at = -1;
        all.forEach(function (row, i) {
            var on = row.querySelector('a.customer').href === chosen;
            row.classList.toggle('kb-current', on);
            row.setAttribute('aria-selected', on ? 'true' : 'false');
            if (on) {
                at = i;
            }
        });
        return at;
    }

    function moveRow(step) {
        var all = rows();
        if (!all.length) {
            return false;
        }
        var at = mark(all);
        var next = Math.max(0, Math.min(all.length - 1, at < 0 ? (step > 0 ? 0 : all.length - 1) : at + step));
        var link = all[next].querySelector('a.customer');
        chosen = link.href;
        mark(all);
        link.focus();
        all[next].scrollIntoView({block: 'nearest'});
        return true;
    }

    function openRow() {
        if (chosen) {
            location.href = chosen;
        }
        return !!chosen;
    }

    /** After a live refresh of the list: the chosen row is marked again, and focused if the focus was lost with it. */
    function keepChoice() {
        var all = rows(), at = chosen ? mark(all) : -1;
        if (at >= 0 && (document.activeElement === document.body || !document.contains(document.activeElement))) {
            all[at].querySelector('a.customer').focus();
        }
    }

    /** The top bar's search box (#search-box, the box or its input). */
    function search() {
        var box = document.getElementById('search-box');
        var input = box && (box.matches('input') ? box : box.querySelector('input'));
        if (input) {
            input.focus();
            input.select();
        }
        return !!input;
    }

    /** Escape closes an open toolbar popover or the notifications list and gives the focus back to its toggle. */
    function escape(target) {
        if (target.getAttribute('aria-expanded') === 'true') {
            return false;
        }
        var open = document.querySelector('details[open]');
        if (open) {
            open.open = false;
            open.querySelector('summary').focus();
            return true;
        }
        if (isTextField(target)) {
            target.blur();
            return true;
        }
        return false;
    }

    /** Ctrl+Enter in the reply box sends; in the note box it adds the note. */
    function send(target) {
        var button = target.id === 'reply:text' ? document.getElementById('reply:send')
            : target.id === 'teamwork:note' ? document.getElementById('teamwork:addNote') : null;
        if (button) {
            button.click();
        }
        return !!button;
    }

    var actions = {
        'help': function () { PF('shortcutsHelp').show(); return true; },
        'search': search,
        'go-inbox': function () { location.href = inboxUrl(); return true; },
        'take-next': function () { return click('take-next'); },
        'escape': escape,
        'next-row': function () { return moveRow(1); },
        'previous-row': function () { return moveRow(-1); },
        'open-row': openRow,
        'reply': function () { return focusField('reply:text'); },
        'send': send,
        'note': function () { return focusField('teamwork:note'); },
        'assign': function () { return openPopover('assign'); },
        'resolve': function () { return click('resolve'); },
        'snooze': function () { return openPopover('snooze'); },
        'merge': function () { return openPopover('merge'); }
    };

    function isTextField(element) {
        if (!element || element === document.body) {
            return false;
        }
        var tag = element.tagName;
        // PrimeFaces' menus are spans with a role: they take letters (type-ahead) and arrows as a select does.
        return tag === 'TEXTAREA' || tag === 'SELECT' || element.isContentEditable
            || /^(combobox|listbox|textbox|searchbox|spinbutton)$/.test(element.getAttribute('role') || '')
            || (tag === 'INPUT' && !/^(button|submit|reset|checkbox|radio)$/i.test(element.type));
    }

    /** The key as the overlay names it: "Ctrl+Enter" for the send combination, else the key itself. */
    function keyName(event) {
        if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            return 'Ctrl+Enter';
        }
        return event.key;
    }

    function onKey(event) {
        if (event.altKey || ((event.ctrlKey || event.metaKey) && event.key !== 'Enter')) {
            return;
        }
        var key = keyName(event), target = event.target;
        if (PF('shortcutsHelp').isVisible() || (isTextField(target) && key !== 'Escape' && key !== 'Ctrl+Enter')) {
            return;
        }
        // A link or button keeps its own Enter, but the list's rows open here: the table's own key handling keeps
        // Enter from reaching their links.
        if (key === 'Enter' && /^(A|BUTTON|SUMMARY)$/.test(target.tagName)) {
            if (target.matches('.conversations a.customer')) {
                event.preventDefault();
                location.href = target.href;
            }
            return;
        }
        if (key === 'ArrowDown' || key === 'ArrowUp') {
            if (!target.closest || !target.closest('.conversations') && target !== document.body) {
                return;
            }
        }
        var sequence = pending && Date.now() - pendingAt < SEQUENCE_MS ? pending + ' ' + key : null;
        pending = null;
        var action = (sequence && bindings[sequence]) || bindings[key];
        if (!action && Object.keys(bindings).some(function (k) { return k.indexOf(key + ' ') === 0; })) {
            pending = key;
            pendingAt = Date.now();
            event.preventDefault();
            return;
        }
        if (action && actions[action] && actions[action](target)) {
            event.preventDefault();
        }
    }

    function bind() {
        document.querySelectorAll('.shortcuts-help tr[data-keys]').forEach(function (row) {
            row.getAttribute('data-keys').split(',').forEach(function (key) {
                // The same keys may be listed for several pages; the first wins, and the action checks the page.
                if (!bindings[key]) {
                    bindings[key] = row.getAttribute('data-action');
                }
            });
        });
        // Capture: the page's widgets (the list's table among them) see the keys after the shortcuts.
        document.addEventListener('keydown', onKey, true);
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', keepChoice);
        }
        document.querySelectorAll('[data-shortcut="help"]').forEach(function (link) {
            link.addEventListener('click', function (event) {
                event.preventDefault();
                PF('shortcutsHelp').show();
            });
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', bind);
    } else {
        bind();
    }

    return {
        /** The overlay opened: remember where the focus was, and move it into the overlay. */
        helpShown: function () {
            focusBeforeHelp = focusBeforeHelp || document.activeElement;
            var close = document.querySelector('.shortcuts-help .ui-dialog-titlebar-close');
            if (close) {
                close.focus();
            }
        },
        /** The overlay closed: the focus goes back where it was. */
        helpHidden: function () {
            if (focusBeforeHelp && document.contains(focusBeforeHelp)) {
                focusBeforeHelp.focus();
            }
            focusBeforeHelp = null;
        }
    };
})();
