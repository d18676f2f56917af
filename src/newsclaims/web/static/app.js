// Article view: clicking a claim highlights and scrolls to its evidence.
document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll(".swatch[data-colour]").forEach((el) => {
    el.style.background = el.dataset.colour;
  });
  const select = (item) => {
    document.querySelectorAll(".active").forEach((el) => el.classList.remove("active"));
    document.querySelectorAll(".claim.selected").forEach((el) => el.classList.remove("selected"));
    item.classList.add("selected");
    const spans = document.querySelectorAll(`[data-claims~="${item.dataset.claim}"]`);
    spans.forEach((el) => el.classList.add("active"));
    if (spans.length) spans[0].scrollIntoView({ behavior: "smooth", block: "center" });
  };
  document.querySelectorAll(".claim[data-claim]").forEach((item) => {
    item.addEventListener("click", () => select(item));
    item.addEventListener("keydown", (event) => { if (event.key === "Enter") select(item); });
  });
});
