// Idle logout on shared tablets. The server ends a session after SESSION_IDLE_MINUTES without
// activity whatever this script does; the script only warns a minute before, lets the person
// stay (one request counts as activity), and counts typing and tapping on the page as activity,
// so that a long form being filled in is not lost. At the limit it reloads the page, and the
// server answers with the login page and the reason.
(function () {
  "use strict";
  var body = document.body;
  var idleSeconds = parseInt(body.getAttribute("data-idle-seconds"), 10);
  var keepaliveUrl = body.getAttribute("data-idle-keepalive");
  var warning = document.getElementById("idle-warning");
  if (!idleSeconds || !keepaliveUrl || !warning) return;
  var WARN_BEFORE = 60; // seconds
  var PING_EVERY = 60; // at most one keep-alive request a minute while someone is working
  var lastActivity = Date.now(); // what the server last heard, as far as this page knows
  var lastInteraction = 0;
  var warnTimer = null;
  var logoutTimer = null;

  function schedule() {
    clearTimeout(warnTimer);
    clearTimeout(logoutTimer);
    warning.classList.add("d-none");
    var left = idleSeconds * 1000 - (Date.now() - lastActivity);
    warnTimer = setTimeout(function () {
      warning.classList.remove("d-none");
      var button = warning.querySelector("[data-idle-stay]");
      if (button) button.focus();
    }, Math.max(0, left - WARN_BEFORE * 1000));
    // A little after the server's limit, so that the reload finds the session already ended.
    logoutTimer = setTimeout(function () {
      window.location.assign(window.location.href);
    }, left + 2000);
  }

  function keepAlive() {
    fetch(keepaliveUrl, { credentials: "same-origin", headers: { "X-Requested-With": "fetch" } })
      .then(function (response) {
        if (response.redirected || !response.ok) {
          window.location.assign(window.location.href);
          return;
        }
        lastActivity = Date.now();
        schedule();
      })
      .catch(function () {
        /* Offline for a moment: the next interaction tries again. */
      });
  }

  function interacted() {
    lastInteraction = Date.now();
    if (lastInteraction - lastActivity > PING_EVERY * 1000) keepAlive();
  }

  warning.querySelector("[data-idle-stay]").addEventListener("click", keepAlive);
  ["keydown", "pointerdown", "input"].forEach(function (name) {
    document.addEventListener(name, interacted, { passive: true, capture: true });
  });
  // A request the person made through htmx (a form, a button) counts on the server as well.
  document.addEventListener("htmx:afterRequest", function (event) {
    var verb = event.detail && event.detail.requestConfig && event.detail.requestConfig.verb;
    if (verb && verb.toLowerCase() !== "get") {
      lastActivity = Date.now();
      schedule();
    }
  });
  schedule();
})();
