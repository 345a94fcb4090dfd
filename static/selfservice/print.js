// The survey slip's print button (no inline handlers, for a strict CSP).
document.querySelectorAll("[data-fd-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
