// The handoff form: tapping a doctor of the directory fills who took over (name, title and
// speciality) and marks the handoff as to a doctor. Without JavaScript the list still shows them.
document.querySelectorAll("[data-fd-doctor-name]").forEach(function (button) {
  button.addEventListener("click", function () {
    var name = document.getElementById("id_receiver_name");
    var title = document.getElementById("id_receiver_title");
    var role = document.getElementById("role-doctor");
    if (name) { name.value = button.dataset.fdDoctorName; }
    if (title) {
      title.value = button.dataset.fdDoctorTitle.slice(0, title.maxLength > 0 ? title.maxLength : 40);
    }
    if (role) { role.checked = true; role.dispatchEvent(new Event("change", { bubbles: true })); }
    document.querySelectorAll("[data-fd-doctor-name]").forEach(function (other) {
      other.classList.toggle("active", other === button);
      other.setAttribute("aria-pressed", other === button ? "true" : "false");
    });
  });
});
