// The breach's 72-hour clock, counting down once a minute. Without JavaScript the page shows
// the time left when it was loaded; the deadline itself is always written out in full.
(function () {
    "use strict";
    function format(template, values) {
        return template.replace(/%\((\w+)\)s/g, function (_, key) { return String(values[key]); });
    }
    function update(element) {
        var deadline = Date.parse(element.dataset.selosteDeadline);
        if (isNaN(deadline)) { return; }
        var minutes = Math.floor(Math.abs(deadline - Date.now()) / 60000);
        var hours = Math.floor(minutes / 60);
        var text = hours >= 48
            ? format(element.dataset.formatDh, { days: Math.floor(hours / 24), hours: hours % 24 })
            : format(element.dataset.formatHm, { hours: hours, minutes: minutes % 60 });
        element.querySelector(".seloste-countdown-value").textContent = text;
        element.querySelector(".seloste-countdown-label").textContent =
            deadline >= Date.now() ? element.dataset.labelLeft : element.dataset.labelLate;
    }
    function start() {
        var clocks = document.querySelectorAll("[data-seloste-deadline]");
        clocks.forEach(update);
        if (clocks.length) {
            window.setInterval(function () { clocks.forEach(update); }, 30000);
        }
    }
    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", start);
    } else {
        start();
    }
})();
