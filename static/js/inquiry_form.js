// The inquiry form shows only the fields that matter for the channel and outcome tapped.
// Without JavaScript every field stays visible and the server still checks them all.
(function () {
  "use strict";
  var form = document.getElementById("inquiry-form");
  if (!form) {
    return;
  }
  var phoneChannels = (form.dataset.phoneChannels || "").split(",");

  function checked(name) {
    var input = form.querySelector('input[name="' + name + '"]:checked');
    return input ? input.value : "";
  }

  function show(selector, visible) {
    form.querySelectorAll(selector).forEach(function (element) {
      element.hidden = !visible;
    });
  }

  function update() {
    var channel = checked("channel");
    var outcome = checked("outcome");
    show("[data-fd-phone-only]", phoneChannels.indexOf(channel) !== -1);
    show("[data-fd-answered-only]", channel !== "missed");
    show("[data-fd-not-missed]", channel !== "missed");
    form.querySelectorAll("[data-fd-outcome]").forEach(function (element) {
      element.hidden = element.dataset.fdOutcome !== outcome;
    });
  }

  form.addEventListener("change", update);
  update();
})();
