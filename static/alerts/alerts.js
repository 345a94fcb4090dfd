// The bell: poll the inbox every few seconds with If-None-Match (a 304 costs one indexed read),
// update the count and the urgent banner, and ring until every urgent alert is acknowledged.
(function () {
  "use strict";
  var root = document.getElementById("fd-alerts");
  if (!root || !window.fetch) return;
  var POLL_MS = 4000; // the bell learns of a change within 5 s
  var RING_MS = 8000;
  var etag = null;
  var sound = new Audio(root.dataset.soundUrl);
  var lastRing = 0;

  function urgentCount() {
    var banner = root.querySelector("[data-urgent]");
    return banner ? parseInt(banner.dataset.urgent, 10) || 0 : 0;
  }

  function ring() {
    var ringing = urgentCount() > 0;
    root.dataset.ringing = ringing ? "1" : "0";
    if (!ringing || Date.now() - lastRing < RING_MS) return;
    lastRing = Date.now();
    sound.currentTime = 0;
    var played = sound.play();
    // A browser may refuse sound until the first tap on the page; the banner still shows.
    if (played && played.catch) played.catch(function () { lastRing = 0; });
  }

  function apply(data) {
    var count = document.getElementById("fd-bell-count");
    count.textContent = data.waiting;
    count.classList.toggle("d-none", !data.waiting);
    count.classList.toggle("text-bg-danger", data.urgent > 0);
    count.classList.toggle("text-bg-secondary", !data.urgent);
    document.getElementById("fd-alert-banner").innerHTML = data.banner;
    root.dataset.waiting = String(data.waiting);
    ring();
  }

  function poll() {
    var headers = { "HX-Request": "true", Accept: "application/json" };
    if (etag) headers["If-None-Match"] = etag;
    fetch(root.dataset.pollUrl, { headers: headers, cache: "no-store", credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 304) return null;
        if (!response.ok || response.redirected) return null; // logged out or locked: leave it
        etag = response.headers.get("ETag");
        return response.json();
      })
      .then(function (data) { if (data) apply(data); })
      .catch(function () { /* the network is down a moment: try again next time */ })
      .then(function () { ring(); window.setTimeout(poll, POLL_MS); });
  }

  // One tap acknowledges without leaving the page; without script the form posts as usual.
  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-alert-ack]")) return;
    event.preventDefault();
    form.querySelector("button").disabled = true;
    fetch(form.action, {
      method: "POST",
      body: new FormData(form),
      headers: { "HX-Request": "true", Accept: "application/json" },
      credentials: "same-origin",
    })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data) { etag = null; apply(data); } else { form.submit(); }
      })
      .catch(function () { form.submit(); });
  });

  // The first tap anywhere lets the browser play sound: ring at once if something waits.
  document.addEventListener("pointerdown", function () { if (urgentCount()) { lastRing = 0; ring(); } }, { once: true });
  ring();
  window.setTimeout(poll, POLL_MS);
})();
