// SLA countdowns ("due in 25 min", "overdue by 2 h 5 min") on elements with data-due stay current without a reload.
(function () {
    function span(ms) {
        var minutes = Math.floor(ms / 60000);
        if (minutes < 1) {
            return 'less than a minute';
        }
        if (minutes < 60) {
            return minutes + ' min';
        }
        if (minutes < 1440) {
            return Math.floor(minutes / 60) + ' h ' + (minutes % 60) + ' min';
        }
        return Math.floor(minutes / 1440) + ' d ' + Math.floor((minutes % 1440) / 60) + ' h';
    }

    function tick() {
        document.querySelectorAll('[data-due]').forEach(function (element) {
            var left = Date.parse(element.getAttribute('data-due')) - Date.now();
            element.textContent = left < 0 ? 'overdue by ' + span(-left) : 'due in ' + span(left);
            element.classList.toggle('overdue', left < 0);
        });
    }

    tick();
    setInterval(tick, 30000);
})();
