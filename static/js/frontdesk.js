// Small behaviours shared by every page. No inline handlers anywhere, so that a strict
// Content-Security-Policy (script-src 'self') can be switched on without touching templates.
(function () {
  "use strict";
  // A <select data-autosubmit> submits its form as soon as a choice is made.
  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.matches && target.matches("select[data-autosubmit]") && target.form) {
      target.form.requestSubmit ? target.form.requestSubmit() : target.form.submit();
    }
  });
  // Mark the menu entry of the page we are on, for sight and for screen readers.
  document.addEventListener("DOMContentLoaded", function () {
    var best = null;
    document.querySelectorAll(".fd-nav a.nav-link").forEach(function (link) {
      var path = new URL(link.href, window.location.href).pathname;
      if (window.location.pathname.indexOf(path) === 0 && (!best || path.length > best.path.length)) {
        best = { link: link, path: path };
      }
    });
    if (best) best.link.setAttribute("aria-current", "page");
  });
})();
