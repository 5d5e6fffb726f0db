// The inbox: a click anywhere on a row opens its conversation, as its customer link does (Ctrl or Cmd: a new tab).
(function () {
    document.addEventListener('click', function (event) {
        var row = event.target.closest('.conversations tbody tr');
        if (!row || event.target.closest('a, button, input, select, textarea, label')) {
            return;
        }
        var link = row.querySelector('a.customer');
        if (link) {
            if (event.ctrlKey || event.metaKey) {
                window.open(link.href, '_blank');
            } else {
                location.href = link.href;
            }
        }
    });
})();
