/*
 * Live parts of the agent workspace.
 * - Threadline.live: the pages' reaction to Faces push messages ({type, conversationId, customerId, mergedCustomerId,
 *   mergedConversationId},
 *   see WorkspacePush): re-read what the page shows through its p:remoteCommand, once per burst of changes.
 * - Threadline.presence: the conversation page's presence socket (PresenceEndpoint): who else is viewing and typing,
 *   and this agent's typing, reported at most every 3 seconds.
 */
window.Threadline = window.Threadline || {};

Threadline.live = (function () {
    var pending = {}, leaving = false;
    // A page on its way to another one (the agent merged this conversation and is sent to the target) reloads nothing.
    window.addEventListener('beforeunload', function () { leaving = true; });
    window.addEventListener('pageshow', function () { leaving = false; });
    return {
        /** Runs the command once after a burst of changes (a new customer's first message announces three). */
        refresh: function (name, command) {
            clearTimeout(pending[name]);
            pending[name] = setTimeout(command, 250);
        },
        /** The push channel is connected (f:websocket onopen) or lost (onclose): the page says whether it is live. */
        connected: function (on) {
            document.body.classList.toggle('live-on', on);
            document.querySelectorAll('.live-status').forEach(function (status) {
                status.textContent = on ? 'Live' : 'Reconnecting…';
                status.title = on ? 'Updates appear as they happen' : 'Not receiving updates; reload the page if this lasts';
            });
        },
        /** Whether the change merged the conversation a page shows into another one: the page must be read again whole. */
        mergedAway: function (change, conversationId) {
            return !leaving && change.type === 'conversation.merged' && change.mergedConversationId === conversationId;
        },
        /** Whether a change concerns the customer (or the conversation) a page shows. */
        concerns: function (change, customerId, conversationId) {
            return change.customerId === customerId || change.mergedCustomerId === customerId
                || change.conversationId === conversationId;
        }
    };
})();

Threadline.presence = (function () {
    var TYPING_EVERY_MS = 3000, HEARTBEAT_MS = 30000, RECONNECT_MS = 5000;

    function connect(bar, replyBox) {
        var viewers = [], typingUntil = {}, socket, lastTyping = 0, heartbeat, leaving = false;
        var url = (location.protocol === 'https:' ? 'wss://' : 'ws://') + location.host + bar.getAttribute('data-socket');

        function render() {
            var now = Date.now(), typing = [], viewing = [];
            viewers.forEach(function (agent) {
                (typingUntil[agent] > now ? typing : viewing).push(agent);
            });
            var parts = [];
            if (typing.length) {
                parts.push(names(typing) + (typing.length === 1 ? ' is typing…' : ' are typing…'));
            }
            if (viewing.length) {
                parts.push(names(viewing) + (viewing.length === 1 ? ' is viewing' : ' are viewing'));
            }
            bar.classList.toggle('others-here', parts.length > 0);
            bar.classList.toggle('others-typing', typing.length > 0);
            bar.querySelector('.presence-text').textContent = parts.length ? parts.join(' · ')
                : 'No one else is viewing this conversation';
        }

        function names(agents) {
            return agents.length === 1 ? agents[0]
                : agents.slice(0, -1).join(', ') + ' and ' + agents[agents.length - 1];
        }

        function open() {
            socket = new WebSocket(url);
            socket.onmessage = function (event) {
                var frame = JSON.parse(event.data);
                if (frame.type === 'viewers') {
                    viewers = frame.agents;
                } else if (frame.type === 'typing') {
                    typingUntil[frame.agent] = Date.now() + frame.forSeconds * 1000;
                    if (viewers.indexOf(frame.agent) < 0) {
                        viewers.push(frame.agent);
                    }
                    setTimeout(render, frame.forSeconds * 1000 + 50);
                }
                render();
            };
            socket.onopen = function () {
                heartbeat = setInterval(function () { send('here'); }, HEARTBEAT_MS);
            };
            socket.onclose = function () {
                clearInterval(heartbeat);
                viewers = [];
                render();
                if (!leaving) {
                    setTimeout(open, RECONNECT_MS);
                }
            };
        }

        function send(type) {
            if (socket && socket.readyState === WebSocket.OPEN) {
                socket.send(JSON.stringify({type: type}));
            }
        }

        if (replyBox) {
            replyBox.addEventListener('input', function () {
                var now = Date.now();
                if (now - lastTyping >= TYPING_EVERY_MS) {
                    lastTyping = now;
                    send('typing');
                }
            });
        }
        // Leaving the page ends "viewing" at once, also when the browser keeps the page in its back-forward cache.
        window.addEventListener('pagehide', function () {
            leaving = true;
            if (socket) {
                socket.close(1000, 'left the conversation');
            }
        });
        window.addEventListener('pageshow', function (event) {
            if (event.persisted) {
                leaving = false;
                open();
            }
        });
        render();
        open();
    }

    return {connect: connect};
})();
