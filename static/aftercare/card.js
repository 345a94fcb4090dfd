// The card's Print button (no inline script: the CSP forbids it).
document.querySelectorAll("[data-fd-print]").forEach((button) => {
  button.addEventListener("click", () => window.print());
});
