// newsdesk progressive enhancement: pages work without it (hover/focus shows citations through CSS).
// Click pins a citation's source sentence open (touch screens have no hover); Escape or a click elsewhere
// closes it. On an article page, the sentence named in the URL hash is scrolled to and flashed.
(function () {
  "use strict";
  function closeAll(except) {
    document.querySelectorAll(".cite.open").forEach(function (el) { if (el !== except) el.classList.remove("open"); });
  }
  document.addEventListener("click", function (event) {
    var cite = event.target.closest ? event.target.closest(".cite") : null;
    if (!cite) { closeAll(null); return; }
    if (event.target.closest(".pop")) return;
    if (!cite.classList.contains("open")) {
      event.preventDefault();
      closeAll(cite);
      cite.classList.add("open");
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key !== "Escape") return;
    closeAll(null);
    var active = document.activeElement;
    if (active && active.closest && active.closest(".cite")) active.blur();
  });
  function flash() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (!/^s\d+$/.test(id)) return;
    var el = document.getElementById(id);
    if (!el) return;
    el.classList.add("focus");
    el.scrollIntoView({ block: "center" });
  }
  window.addEventListener("hashchange", flash);
  flash();
})();
