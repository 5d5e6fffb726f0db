// Shows <time class="local-time" datetime="ISO instant"> in the viewer's own zone and language, also in parts of the
// page that Ajax updates replace.
(function () {
    function localize() {
        document.querySelectorAll('time.local-time[datetime]:not([data-local])').forEach(function (time) {
            var at = new Date(time.getAttribute('datetime'));
            time.setAttribute('data-local', '');
            if (!isNaN(at)) {
                time.textContent = at.toLocaleString([], {dateStyle: 'medium', timeStyle: 'short'});
            }
        });
    }
    localize();
    new MutationObserver(localize).observe(document.body, {childList: true, subtree: true});
})();
