// The waiting board refreshes itself every 15 s with htmx. A refresh must never disturb a guide
// who is typing: while any form on the page has been edited, or an input has the focus, the
// refresh is skipped (the next one comes 15 s later).
(function () {
  "use strict";
  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("form");
    if (form) form.setAttribute("data-fd-dirty", "1");
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail && event.detail.elt;
    if (!elt || !elt.hasAttribute("data-fd-autorefresh")) return;
    var active = document.activeElement;
    var typing = active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && active.type !== "submit";
    if (typing || document.querySelector("form[data-fd-dirty]")) event.preventDefault();
  });
})();
