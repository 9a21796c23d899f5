/* coffeechat default theme: copy buttons and the question filter. The site works without it. */
(function () {
  "use strict";

  function copyText(text) {
    if (navigator.clipboard && window.isSecureContext) {
      return navigator.clipboard.writeText(text);
    }
    // file:// pages are not a secure context: fall back to a selected textarea.
    return new Promise(function (resolve, reject) {
      var area = document.createElement("textarea");
      area.value = text;
      area.setAttribute("readonly", "");
      area.style.position = "fixed";
      area.style.opacity = "0";
      document.body.appendChild(area);
      area.select();
      var ok = false;
      try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
      document.body.removeChild(area);
      if (ok) { resolve(); } else { reject(new Error("copy failed")); }
    });
  }

  document.querySelectorAll("button.copy[data-copy]").forEach(function (button) {
    var source = document.getElementById(button.getAttribute("data-copy"));
    var status = button.parentElement.querySelector(".copy-status");
    if (!source) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      copyText(source.value).then(function () {
        status.textContent = "Copied to the clipboard.";
      }, function () {
        status.textContent = "Could not copy: select the message and copy it by hand.";
      });
    });
  });

  var filter = document.getElementById("objective-filter");
  if (filter) {
    var status = filter.querySelector(".filter-status");
    filter.hidden = false;
    filter.addEventListener("change", function () {
      var chosen = filter.querySelector("input[name=objective]:checked").value;
      var shown = 0;
      document.querySelectorAll(".question").forEach(function (q) {
        var visible = chosen === "all" || q.getAttribute("data-objective") === chosen;
        q.hidden = !visible;
        if (visible) { shown++; }
      });
      document.querySelectorAll(".category").forEach(function (c) {
        c.hidden = c.querySelector(".question:not([hidden])") === null;
      });
      status.textContent = chosen === "all" ? "" : "Showing " + shown + " questions.";
    });
  }
})();
