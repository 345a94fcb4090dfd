// The hall display: poll the state every HALL_DISPLAY_POLL_SECONDS (1 s, from the page) with
// If-None-Match (304 while nothing changed), swap it in, and when a new call appears play a chime
// and, where the browser has a voice for the language, announce it in Mandarin and English.
// Silent without audio or voices.
(() => {
  "use strict";
  const screen = document.getElementById("hall-screen");
  if (!screen) return;
  const stateUrl = screen.dataset.stateUrl;
  const POLL_MS = parseInt(screen.dataset.pollSeconds, 10) * 1000;
  if (!(POLL_MS >= 1000)) {
    // Never ask in a tight loop: a page without the interval is a bug to see, not to hammer.
    console.error("hall-screen: no data-poll-seconds, the display does not poll");
    return;
  }
  // The clock shows minutes: redrawn this often, it is never more than this late.
  const CLOCK_MS = 10000;
  let etag = null;
  let lastCall = (document.getElementById("hall-state") || {}).dataset?.lastCall || "";
  let audio = null;

  const clock = document.getElementById("hall-clock");
  const tick = () => {
    if (clock) clock.textContent = new Date().toLocaleTimeString([], { hour: "2-digit", minute: "2-digit", hour12: false });
  };
  tick();
  setInterval(tick, CLOCK_MS);

  const soundButton = document.getElementById("hall-sound");
  const audioContext = () => {
    if (audio) return audio;
    const Context = window.AudioContext || window.webkitAudioContext;
    if (!Context) return null;
    audio = new Context();
    return audio;
  };
  const offerSound = () => {
    const context = audioContext();
    if (soundButton && context && context.state === "suspended") soundButton.hidden = false;
  };
  if (soundButton) {
    soundButton.addEventListener("click", () => {
      const context = audioContext();
      if (context) context.resume();
      soundButton.hidden = true;
    });
  }
  offerSound();

  const chime = () => {
    const context = audioContext();
    if (!context || context.state !== "running") return;
    [[880, 0], [660, 0.45]].forEach(([frequency, start]) => {
      const tone = context.createOscillator();
      const gain = context.createGain();
      tone.frequency.value = frequency;
      gain.gain.setValueAtTime(0.0001, context.currentTime + start);
      gain.gain.exponentialRampToValueAtTime(0.4, context.currentTime + start + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, context.currentTime + start + 0.8);
      tone.connect(gain).connect(context.destination);
      tone.start(context.currentTime + start);
      tone.stop(context.currentTime + start + 0.85);
    });
  };

  const voiceFor = (prefix) => {
    if (!("speechSynthesis" in window)) return null;
    return window.speechSynthesis.getVoices().find((voice) => voice.lang.toLowerCase().startsWith(prefix)) || null;
  };
  const say = (text, prefix, lang) => {
    const voice = voiceFor(prefix);
    if (!text || !voice) return;
    const utterance = new SpeechSynthesisUtterance(text);
    utterance.voice = voice;
    utterance.lang = lang;
    utterance.rate = 0.9;
    window.speechSynthesis.speak(utterance);
  };
  const announce = () => {
    const current = document.getElementById("hall-current");
    chime();
    if (!current || !("speechSynthesis" in window)) return;
    window.setTimeout(() => {
      say(current.dataset.sayZh, "zh", "zh-CN");
      say(current.dataset.sayEn, "en", "en-US");
    }, 1300);
  };

  const refuse = () => {
    screen.replaceChildren();
    const message = document.createElement("p");
    message.className = "hall-refused";
    message.textContent = screen.dataset.refusedText;
    screen.appendChild(message);
  };

  const poll = async () => {
    try {
      const headers = etag ? { "If-None-Match": etag } : {};
      const response = await fetch(stateUrl, { headers, cache: "no-store", credentials: "omit" });
      if (response.status === 403) {
        refuse();
        return; // a revoked display stops asking
      }
      if (response.ok) {
        etag = response.headers.get("ETag");
        const template = document.createElement("template");
        template.innerHTML = (await response.text()).trim();
        const fresh = template.content.firstElementChild;
        const old = document.getElementById("hall-state");
        if (fresh && old) {
          old.replaceWith(fresh);
          const called = fresh.dataset.lastCall || "";
          if (called && called !== lastCall) announce();
          lastCall = called;
        }
      }
    } catch (error) {
      // The network blinked: keep showing the last state and ask again.
    }
    window.setTimeout(poll, POLL_MS);
  };
  window.setTimeout(poll, POLL_MS);
})();
