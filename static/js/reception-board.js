// The waiting board refreshes itself with htmx every few seconds. A refresh must never disturb
// a guide who is typing: while any form on the page has been edited, or an input has the focus,
// or the menu sheet is open, the refresh is skipped (the next one comes a moment later).
// Each poll sends the last entity tag; the server answers 304 when nothing changed, and a 304
// leaves the board as it is.
(function () {
  "use strict";
  var lastTag = null;
  var lastModified = null;
  var sheet = document.getElementById("board-sheet");
  var opener = null;

  function isPoll(elt) {
    return elt && elt.hasAttribute && elt.hasAttribute("data-fd-autorefresh");
  }

  document.addEventListener("input", function (event) {
    var form = event.target.closest && event.target.closest("form");
    if (form) form.setAttribute("data-fd-dirty", "1");
  });
  document.addEventListener("htmx:beforeRequest", function (event) {
    var elt = event.detail && event.detail.elt;
    if (!isPoll(elt)) return;
    var active = document.activeElement;
    var typing = active && /^(INPUT|TEXTAREA|SELECT)$/.test(active.tagName) && active.type !== "submit";
    var sheetOpen = sheet && !sheet.hidden;
    if (typing || sheetOpen || document.querySelector("form[data-fd-dirty]")) event.preventDefault();
  });
  document.addEventListener("htmx:configRequest", function (event) {
    if (!isPoll(event.detail.elt)) return;
    if (lastTag) event.detail.headers["If-None-Match"] = lastTag;
    if (lastModified) event.detail.headers["If-Modified-Since"] = lastModified;
  });
  document.addEventListener("htmx:afterRequest", function (event) {
    if (!isPoll(event.detail.elt)) return;
    var xhr = event.detail.xhr;
    if (xhr && xhr.status === 200) {
      lastTag = xhr.getResponseHeader("ETag");
      lastModified = xhr.getResponseHeader("Last-Modified");
    }
  });
  document.addEventListener("htmx:beforeSwap", function (event) {
    if (event.detail.xhr && event.detail.xhr.status === 304) event.detail.shouldSwap = false;
  });

  // The row menu and the confirm sheet: htmx puts them in #board-sheet; show it, focus it,
  // and close it with its Back button, Escape or a tap outside the panel.
  function closeSheet() {
    if (!sheet || sheet.hidden) return;
    sheet.hidden = true;
    sheet.innerHTML = "";
    if (opener && document.body.contains(opener)) opener.focus();
  }
  document.addEventListener("htmx:afterSwap", function (event) {
    if (!sheet || event.detail.target !== sheet) return;
    sheet.hidden = false;
    var first = sheet.querySelector("a, button");
    if (first) first.focus();
  });
  document.addEventListener("click", function (event) {
    var more = event.target.closest && event.target.closest("[aria-haspopup=dialog]");
    if (more) opener = more;
    if (!sheet || sheet.hidden) return;
    var close = event.target.closest && event.target.closest("[data-fd-sheet-close]");
    if (close || event.target === sheet) {
      event.preventDefault();
      closeSheet();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") closeSheet();
  });
})();
