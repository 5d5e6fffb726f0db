// Tells the server the workspace is in use, so an online agent who walked away is set away by itself
// (crm.routing.away-after): a heartbeat each minute while someone typed, clicked or moved the mouse in it.
(function () {
    var active = true;
    ['keydown', 'mousedown', 'mousemove', 'touchstart', 'scroll'].forEach(function (type) {
        document.addEventListener(type, function () { active = true; }, {passive: true, capture: true});
    });
    setInterval(function () {
        if (!active || document.hidden) {
            return;
        }
        active = false;
        fetch(document.documentElement.dataset.contextPath + '/api/v1/agents/me/heartbeat',
            {method: 'POST', credentials: 'same-origin'}).catch(function () { });
    }, 60000);
})();
