package io.threadline.web.workspace;

import io.threadline.routing.Assignments;
import io.threadline.routing.Teams;
import io.threadline.conversation.Conversation;
import io.threadline.conversation.ConversationStatus;
import io.threadline.shared.Channel;
import io.threadline.shared.NotFoundException;
import io.threadline.workspace.Inbox;
import io.threadline.workspace.InboxFilter;
import io.threadline.workspace.InboxRow;
import io.threadline.workspace.InboxView;
import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The inbox page: the chosen view's conversations, narrowed by the filters, most urgent first; the count of every
 * view; and "Take next". The view and the filters are view parameters: the list's address can be bookmarked.
 */
@Named("inbox")
@ViewScoped
public class InboxPage implements Serializable {

    @EJB
    private Inbox inbox;

    @EJB
    private Assignments assignments;

    @Inject
    private Teams teams;

    @Inject
    private SignedInAgent agent;

    private String view = InboxView.ALL.name();
    private List<InboxRow> rows = List.of();
    private Map<InboxView, Long> counts = Map.of();
    private List<String> tagsInUse = List.of();
    private Channel channel;
    private ConversationStatus status;
    private String tag;
    private Integer priority;
    private String queue;

    /** Loads the list when the page is opened, also when a filter in its address was not understood (then left out). */
    public void open() {
        if (!FacesContext.getCurrentInstance().isPostback()) {
            load();
        }
    }

    public void load() {
        InboxView chosen = Arrays.stream(InboxView.values()).filter(v -> v.name().equalsIgnoreCase(view)).findFirst()
                .orElse(InboxView.ALL);
        view = chosen.name();
        rows = inbox.rows(chosen, agent.getName(), new InboxFilter(channel, status, tag, priority, queue));
        counts = inbox.counts(agent.getName());
        tagsInUse = inbox.tagsInUse();
    }

    /** The address of this list: the view and the filters, so it can be bookmarked, reloaded and gone back to. */
    public String getBookmark() {
        StringBuilder url = new StringBuilder(FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath())
                .append("/agent/inbox.xhtml?view=").append(view.toLowerCase(Locale.ROOT));
        Map<String, Object> filters = new LinkedHashMap<>();
        filters.put("channel", channel);
        filters.put("status", status);
        filters.put("tag", tag);
        filters.put("priority", priority);
        filters.put("queue", queue);
        filters.forEach((name, value) -> {
            if (value != null) {
                url.append('&').append(name).append('=').append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return url.toString();
    }

    /** Assigns the most urgent waiting conversation of the filtered queue (else the default queue) and opens it. */
    public String takeNext() {
        try {
            long id = assignments.takeNext(queue, agent.actor()).getId();
            return "/agent/conversation?faces-redirect=true&id=" + id;
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    "No unassigned conversation waits in the " + (queue == null ? Conversation.DEFAULT_QUEUE : queue) + " queue", null));
            load();
            return null;
        }
    }

    public boolean isFiltered() {
        return channel != null || status != null || tag != null || priority != null || queue != null;
    }

    public List<Channel> getChannels() {
        return List.of(Channel.values());
    }

    public List<ConversationStatus> getStatuses() {
        return List.of(ConversationStatus.values());
    }

    public List<String> getTags() {
        return tagsInUse;
    }

    public List<Integer> getPriorities() {
        return List.of(1, 2, 3, 4);
    }

    public Set<String> getQueues() {
        return teams.queues();
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public ConversationStatus getStatus() {
        return status;
    }

    public void setStatus(ConversationStatus status) {
        this.status = status;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public String getQueue() {
        return queue;
    }

    public void setQueue(String queue) {
        this.queue = queue;
    }

    public String getCurrentLabel() {
        return InboxView.valueOf(view).label();
    }

    public List<InboxView> getViews() {
        return List.of(InboxView.values());
    }

    public long count(InboxView v) {
        return counts.getOrDefault(v, 0L);
    }

    public String getView() {
        return view;
    }

    public void setView(String view) {
        this.view = view;
    }

    public List<InboxRow> getRows() {
        return rows;
    }
}
