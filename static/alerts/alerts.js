// The bell: ask the inbox as the page loads and every few seconds after, with If-None-Match (a
// 304 costs one indexed read), show the count and the urgent banner, and ring until every
// urgent alert is acknowledged. The last answer is kept for this tab and this person, so a new
// page shows the bell at once and its first poll is usually a 304.
(function () {
  "use strict";
  var root = document.getElementById("fd-alerts");
  if (!root || !window.fetch) return;
  // ALERTS_BELL_POLL_SECONDS: the bell learns of a change within it and one second more.
  var POLL_MS = parseInt(root.dataset.pollSeconds, 10) * 1000;
  if (!(POLL_MS >= 1000)) {
    // Never ask in a tight loop: a page without the interval is a bug to see, not to hammer.
    window.console.error("fd-alerts: no data-poll-seconds, the bell does not poll");
    return;
  }
  var RING_MS = 8000;
  var PREFIX = "fd-alerts:";
  var key = PREFIX + root.dataset.user;
  var etag = null;
  var sound = new Audio(root.dataset.soundUrl);
  var lastRing = 0;

  function store(value) {
    try {
      // Only this person's answer stays in the tab: a shared tablet's next user sees nothing of it.
      for (var i = window.sessionStorage.length - 1; i >= 0; i--) {
        var name = window.sessionStorage.key(i);
        if (name && name.indexOf(PREFIX) === 0 && name !== key) window.sessionStorage.removeItem(name);
      }
      if (value) window.sessionStorage.setItem(key, JSON.stringify(value));
    } catch (error) { /* storage full or refused: the poll still works */ }
  }

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
    // A page may show the banner without the header's bell (the admin's pop-up windows).
    var count = document.getElementById("fd-bell-count");
    var bell = document.getElementById("fd-bell");
    if (count && bell) {
      count.textContent = data.waiting;
      count.classList.toggle("d-none", !data.waiting);
      count.classList.toggle("text-bg-danger", data.urgent > 0);
      count.classList.toggle("text-bg-secondary", !data.urgent);
      bell.setAttribute("aria-label", data.label);
    }
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
      .then(function (data) {
        if (!data) return;
        store({ etag: etag, data: data });
        apply(data);
      })
      .catch(function () { /* the network is down a moment: try again next time */ })
      .then(function () { ring(); window.setTimeout(poll, POLL_MS); });
  }

  // One tap acknowledges without leaving the page; without script the form posts as usual.
  root.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches("[data-alert-ack]")) return;
    event.preventDefault();
    form.querySelector("button").disabled = true;
    // The page's own token, not the one in a banner kept from an earlier page of the tab.
    var body = new FormData(form);
    var headers = { "HX-Request": "true", Accept: "application/json" };
    try {
      headers["X-CSRFToken"] = JSON.parse(document.body.getAttribute("hx-headers"))["X-CSRFToken"];
      body.delete("csrfmiddlewaretoken");
    } catch (error) { /* keep the form's token */ }
    fetch(form.action, { method: "POST", body: body, headers: headers, credentials: "same-origin" })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { form.submit(); return; }
        etag = null;
        try { window.sessionStorage.removeItem(key); } catch (error) { /* nothing kept */ }
        apply(data);
      })
      .catch(function () { form.submit(); });
  });

  // The first tap anywhere lets the browser play sound: ring at once if something waits.
  document.addEventListener("pointerdown", function () {
    if (urgentCount()) { lastRing = 0; ring(); }
  }, { once: true });

  var kept = null;
  try { kept = JSON.parse(window.sessionStorage.getItem(key) || "null"); } catch (error) { kept = null; }
  store(null);
  if (kept && kept.data) {
    etag = kept.etag;
    apply(kept.data);
  }
  poll();
})();
