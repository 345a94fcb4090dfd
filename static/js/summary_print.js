// The print button of the end-of-day summary (no inline handler: the pages run under a strict CSP).
document.querySelectorAll("[data-fd-print]").forEach(function (button) {
  "use strict";
  button.addEventListener("click", function () {
    window.print();
  });
});
