package io.threadline.web.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import java.util.List;

/**
 * The workspace's keyboard shortcuts, the one list of them: the help overlay renders it, and {@code shortcuts.js}
 * binds the keys it finds in the overlay to the actions named here. Single keys never fire while the focus is in a
 * text field; Escape and Ctrl+Enter do.
 */
@Named("shortcuts")
@ApplicationScoped
public class KeyboardShortcuts {

    /** Keys (alternatives; "g i" is g then i, "Ctrl+Enter" a combination), the action's name in shortcuts.js, what it does. */
    public record Shortcut(List<String> keys, String action, String description) {

        /** The keys as shortcuts.js reads them: alternatives separated by commas. */
        public String keySpec() {
            return String.join(",", keys);
        }
    }

    /** Shortcuts that work on the pages named by {@code title}. */
    public record Group(String title, List<Shortcut> shortcuts) {
    }

    private static final List<Group> GROUPS = List.of(
            new Group("Everywhere", List.of(
                    new Shortcut(List.of("?"), "help", "Show this list of shortcuts"),
                    new Shortcut(List.of("/"), "search", "Search customers and conversations"),
                    new Shortcut(List.of("g i"), "go-inbox", "Go to the inbox"),
                    new Shortcut(List.of("n"), "take-next", "Take the next conversation waiting in the queue"),
                    new Shortcut(List.of("Escape"), "escape", "Close the open dialog or menu, leave a text field"))),
            new Group("Inbox", List.of(
                    new Shortcut(List.of("j", "ArrowDown"), "next-row", "Next conversation in the list"),
                    new Shortcut(List.of("k", "ArrowUp"), "previous-row", "Previous conversation in the list"),
                    new Shortcut(List.of("o", "Enter"), "open-row", "Open the selected conversation"))),
            new Group("Conversation", List.of(
                    new Shortcut(List.of("r"), "reply", "Write a reply"),
                    new Shortcut(List.of("Ctrl+Enter"), "send", "Send the reply, or add the note, being written"),
                    new Shortcut(List.of("i"), "note", "Write an internal note"),
                    new Shortcut(List.of("a"), "assign", "Assign…"),
                    new Shortcut(List.of("e"), "resolve", "Resolve the conversation"),
                    new Shortcut(List.of("s"), "snooze", "Snooze…"),
                    new Shortcut(List.of("m"), "merge", "Merge into another conversation of the customer…"),
                    new Shortcut(List.of("u"), "go-inbox", "Back to the inbox"))));

    public List<Group> getGroups() {
        return GROUPS;
    }
}
