// The view and filters are in the address: a filter chosen here is a new history entry, Back returns to the last one.
window.Threadline = window.Threadline || {};
Threadline.inboxUrl = {
    remember: function () {
        var url = document.getElementById('inbox-url').getAttribute('data-url');
        if (url !== location.pathname + location.search) {
            history.pushState(null, '', url);
        }
    }
};
window.addEventListener('popstate', function () { location.reload(); });
