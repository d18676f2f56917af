// The workbench's behaviour: claims in the article view highlight their words, evidence
// links (#chars-START-END) scroll to and highlight exact characters with the claim panel kept
// in view, slow choices say so while they run, filter forms send only what is filled, and a
// chart wider than the screen says that it scrolls.
document.addEventListener("DOMContentLoaded", () => {
  const clear = () => {
    document.querySelectorAll(".active, .evidence-mark").forEach((el) => {
      el.classList.remove("active", "evidence-mark");
    });
    document.querySelectorAll(".claim[aria-pressed=true]").forEach((el) => {
      el.setAttribute("aria-pressed", "false");
    });
  };
  const showInPanel = (item) => {
    const panel = document.getElementById("panel");
    if (!panel || !item) return;
    const top = item.offsetTop - panel.offsetTop - panel.clientHeight / 3;
    panel.scrollTop = Math.max(0, top);
  };
  const select = (button, scroll = true) => {
    clear();
    button.setAttribute("aria-pressed", "true");
    const spans = document.querySelectorAll(`#text [data-claims~="${button.dataset.claim}"]`);
    spans.forEach((el) => el.classList.add("active"));
    if (scroll && spans.length) spans[0].scrollIntoView({ block: "center" });
    showInPanel(button.closest("li"));
  };
  document.querySelectorAll("button.claim[data-claim]").forEach((button) => {
    button.addEventListener("click", () => select(button));
  });

  const followAnchor = () => {
    const found = /^#chars-(\d+)-(\d+)$/.exec(window.location.hash);
    if (!found) return;
    const start = Number(found[1]);
    const end = Number(found[2]);
    clear();
    const spans = [...document.querySelectorAll("#text [data-s]")].filter(
      (el) => Number(el.dataset.s) < end && Number(el.dataset.e) > start,
    );
    spans.forEach((el) => el.classList.add("evidence-mark"));
    if (spans.length) {
      spans[0].setAttribute("tabindex", "-1");
      spans[0].scrollIntoView({ block: "center" });
      spans[0].focus({ preventScroll: true });
    }
    // The claim whose words these are (the one that covers them most closely).
    let best = null;
    document.querySelectorAll(".claims li[data-start]").forEach((li) => {
      const s = Number(li.dataset.start);
      const e = Number(li.dataset.end);
      if (s < end && e > start && (!best || e - s < best.e - best.s)) best = { li, s, e };
    });
    if (best) {
      const button = best.li.querySelector("button.claim");
      button.setAttribute("aria-pressed", "true");
      best.li.classList.add("current");
      showInPanel(best.li);
    }
  };
  followAnchor();
  window.addEventListener("hashchange", followAnchor);

  // A filter form sends only the fields that hold a value, so a shared link reads
  // /sources?story=7&kind=named rather than carrying every empty field.
  document.querySelectorAll("form.filters").forEach((form) => {
    form.addEventListener("submit", () => {
      form.querySelectorAll("input[name], select[name]").forEach((field) => {
        if (field.value === "") field.disabled = true;
      });
      // the fields are enabled again when the browser comes back to this page
      window.addEventListener("pageshow", () => {
        form.querySelectorAll("[disabled]").forEach((field) => { field.disabled = false; });
      }, { once: true });
    });
  });

  // A chart keeps legible labels on a phone and scrolls inside its frame: say so where the
  // later dates start out of view.
  const tellScroll = () => {
    document.querySelectorAll("figure.chart").forEach((chart) => {
      const hint = chart.querySelector(".chart-scroll");
      if (hint) hint.hidden = chart.scrollWidth <= chart.clientWidth + 1;
    });
  };
  tellScroll();
  window.addEventListener("resize", tellScroll);

  document.querySelectorAll("select[data-slow]").forEach((select) => {
    const form = select.closest("form");
    const note = document.querySelector(".progress");
    if (!form || !note) return;
    form.addEventListener("submit", () => {
      if (select.value === select.dataset.slow) note.hidden = false;
    });
  });
});
