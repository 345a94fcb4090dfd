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
})();
