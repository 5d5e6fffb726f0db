/*
 * The batch jobs page's live part.
 * - A push on the Faces channel "jobs" ({topic, executionId}, see JobsPush) says an execution changed: the page re-reads
 *   the running executions, the history and the jobs table through refreshJobs, at most every half second however fast
 *   a job checkpoints, and never misses the last change of a burst.
 * - When the channel comes back after a loss, the page re-reads once: events published meanwhile were not kept for it.
 * - The time a running execution has run ticks here every second, from its start time, without asking the server.
 */
window.Threadline = window.Threadline || {};

Threadline.jobs = (function () {
    var REFRESH_AFTER_MS = 500;
    var pending = null, lost = false, heard = {};

    function later(refresh) {
        if (!pending) {
            pending = setTimeout(function () { pending = null; refresh(); }, REFRESH_AFTER_MS);
        }
    }

    function elapsed(ms) {
        var seconds = Math.max(0, Math.floor(ms / 1000)), minutes = Math.floor(seconds / 60);
        return (minutes > 0 ? minutes + ' min ' : '') + (seconds % 60) + ' s';
    }

    setInterval(function () {
        document.querySelectorAll('.elapsed[data-started]').forEach(function (time) {
            var started = new Date(time.getAttribute('data-started'));
            if (!isNaN(started)) {
                time.textContent = elapsed(Date.now() - started);
            }
        });
    }, 1000);

    return {
        /** Per execution id, the topics this page was told about, in the order first heard: what fed it, for whoever looks. */
        heard: heard,
        changed: function (change, refresh) {
            if (change.executionId !== undefined) {
                var topics = heard[change.executionId] = heard[change.executionId] || [];
                if (topics.indexOf(change.topic) < 0) {
                    topics.push(change.topic);
                }
            }
            later(refresh);
        },
        connected: function (on, refresh) {
            Threadline.live.connected(on);
            if (on && lost) {
                later(refresh);
            }
            lost = !on;
        }
    };
})();
