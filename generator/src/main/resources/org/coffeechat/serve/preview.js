/* coffeechat serve: added to every page the preview serves (never to a built site). Listens to the
   preview server and reloads this page when a save changed it, or shows the problems of the files
   over the page while they do not build. */
(function () {
  "use strict";
  var me = document.currentScript;
  var version = Number(me.getAttribute("data-version"));
  var page = me.getAttribute("data-page");
  var first = true;
  var box = null;

  function affects(changed) {
    for (var i = 0; i < changed.length; i++) {
      var path = changed[i];
      if (path === page || (/\.(css|js|woff2|svg|png|jpg)$/.test(path) && path !== "js/search-index.js")) {
        return true;
      }
    }
    return false;
  }

  function show(problems) {
    if (problems.length === 0) {
      if (box) { box.remove(); box = null; }
      return;
    }
    if (!box) {
      box = document.createElement("div");
      box.id = "coffeechat-preview-problems";
      box.setAttribute("role", "alert");
      box.style.cssText = "position:fixed;left:0;right:0;bottom:0;max-height:60vh;overflow:auto;z-index:2147483647;"
        + "background:#fff4f2;color:#1c2024;border-top:4px solid #b3261e;box-shadow:0 -6px 24px rgba(0,0,0,.25);"
        + "padding:1rem 1.25rem;font:15px/1.5 system-ui,sans-serif;text-align:left";
      document.body.appendChild(box);
    }
    box.textContent = "";
    var title = document.createElement("p");
    title.style.cssText = "margin:0 0 .5rem;font-weight:700;color:#8c1d18";
    title.textContent = "coffeechat cannot build the files as they are: " + problems.length
      + (problems.length === 1 ? " problem" : " problems") + ". This page is the last version that built.";
    var list = document.createElement("pre");
    list.style.cssText = "margin:0;white-space:pre-wrap;font:13px/1.5 ui-monospace,Menlo,Consolas,monospace";
    list.textContent = problems.join("\n");
    var hint = document.createElement("p");
    hint.style.cssText = "margin:.6rem 0 0;color:#50575e";
    hint.textContent = "Fix the file and save it: this page updates by itself.";
    box.appendChild(title);
    box.appendChild(list);
    box.appendChild(hint);
  }

  var events = new EventSource("/__coffeechat/events");
  events.addEventListener("state", function (e) {
    var state = JSON.parse(e.data);
    var stale = first && state.version !== version;
    first = false;
    if (stale || (state.version !== version && affects(state.changed))) {
      location.reload();
      return;
    }
    version = state.version;
    show(state.problems);
    window.coffeechatPreview = { version: version, problems: state.problems.length };
  });
})();
