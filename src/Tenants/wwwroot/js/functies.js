// Progressive enhancement of /beheer/{tenant}/functies: "Bewaren" comes back to the feature that was on screen.
document.addEventListener("DOMContentLoaded", () => {
  const form = document.querySelector("form.features-form");
  if (!form) return;
  form.addEventListener("submit", () => {
    const sections = [...form.querySelectorAll("section[id^='f-']")];
    const visible = sections.find(s => s.getBoundingClientRect().bottom > 80);
    const anchor = form.querySelector("input[name='anchor']");
    if (anchor && visible) anchor.value = visible.id;
  });
});
