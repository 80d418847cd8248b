// Dateline desk: enhancements only; every page works without this file.
(function () {
  "use strict";
  // "/" focuses the search box (unless typing in a field already).
  document.addEventListener("keydown", function (e) {
    if (e.key !== "/" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    var t = e.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "TEXTAREA" || t.tagName === "SELECT")) { return; }
    var box = document.getElementById("q") || document.getElementById("top-q");
    if (box) { e.preventDefault(); box.focus(); }
  });
  // Chart hover and focus: the bar's own title, read out under the chart.
  document.querySelectorAll("figure.chart").forEach(function (fig) {
    var out = fig.querySelector(".readout");
    if (!out) { return; }
    fig.querySelectorAll("rect.bar").forEach(function (bar) {
      var show = function () {
        var title = bar.querySelector("title");
        out.textContent = title ? title.textContent : "";
      };
      bar.addEventListener("mouseenter", show);
      bar.addEventListener("focus", show);
    });
  });
  // A focused quotation shows its speaker note (the title) below the paragraph, for keyboards and touch.
  document.querySelectorAll(".body [data-speaker]").forEach(function (q) {
    q.addEventListener("focus", function () {
      var p = q.closest("p");
      if (!p) { return; }
      var note = p.nextElementSibling;
      if (!note || !note.classList.contains("note")) {
        note = document.createElement("p");
        note.className = "note meta";
        p.parentNode.insertBefore(note, p.nextSibling);
      }
      note.textContent = q.getAttribute("title") || "";
    });
  });
})();
