// Complaint pages: the print button of the slip (no inline handlers, for a strict CSP).
document.querySelectorAll("[data-fd-print]").forEach(function (button) {
  button.addEventListener("click", function () { window.print(); });
});
