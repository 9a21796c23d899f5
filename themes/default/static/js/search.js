/* coffeechat default theme: the search box. Loads Lunr and the site's index (js/search-index.js,
   written by every build) the first time the reader uses the box, builds the Lunr index in the
   browser, and lists results as the reader types. Script tags, not fetch(), so that it works from
   file:// too. Without JavaScript the box stays hidden. */
(function () {
  "use strict";

  var form = document.querySelector("form.site-search");
  if (!form) { return; }
  var input = form.querySelector("input[type=search]");
  var panel = form.querySelector(".search-panel");
  var list = form.querySelector(".search-results");
  var status = form.querySelector(".search-status");
  var root = form.getAttribute("data-root") || "";
  var MAX = 10;
  var index = null;
  var docs = null;
  var loading = null;

  form.hidden = false;

  function load(src) {
    return new Promise(function (resolve, reject) {
      var script = document.createElement("script");
      script.src = root + src;
      script.onload = resolve;
      script.onerror = function () { reject(new Error("cannot load " + src)); };
      document.head.appendChild(script);
    });
  }

  function ready() {
    if (!loading) {
      loading = (window.lunr ? Promise.resolve() : load("js/lunr.min.js"))
        .then(function () { return window.coffeechatSearchIndex ? null : load("js/search-index.js"); })
        .then(function () {
          docs = window.coffeechatSearchIndex.docs;
          index = window.lunr(function () {
            this.ref("i");
            this.field("t", { boost: 10 });
            this.field("s", { boost: 3 });
            this.field("b");
            this.metadataWhitelist = [];
            for (var i = 0; i < docs.length; i++) {
              this.add({ i: String(i), t: docs[i].t, s: docs[i].s, b: docs[i].b });
            }
          });
        });
    }
    return loading;
  }

  /* Every word must match; the word being typed matches as a prefix, so results follow the typing. */
  function find(text) {
    var tokens = window.lunr.tokenizer(text).map(function (t) { return window.lunr.trimmer(t); })
      .filter(function (t) { return t && t.toString().length > 0; });
    if (tokens.length === 0) { return []; }
    var typing = !/\s$/.test(text);
    return index.query(function (q) {
      tokens.forEach(function (token, n) {
        var last = typing && n === tokens.length - 1;
        var stop = !window.lunr.stopWordFilter(token.clone());
        if (stop && !last) { return; }
        var stem = window.lunr.stemmer(token.clone()).toString();
        q.term(stem, {
          usePipeline: false,
          wildcard: last ? window.lunr.Query.wildcard.TRAILING : window.lunr.Query.wildcard.NONE,
          presence: stop ? window.lunr.Query.presence.OPTIONAL : window.lunr.Query.presence.REQUIRED
        });
        if (last && stem !== token.toString()) {
          q.term(token.toString(), { usePipeline: false, wildcard: window.lunr.Query.wildcard.TRAILING,
            presence: window.lunr.Query.presence.OPTIONAL });
        }
      });
    });
  }

  function show(text) {
    var query = text.trim();
    list.textContent = "";
    if (query === "") {
      status.textContent = "";
      open(false);
      return;
    }
    var results = find(text);
    open(true);
    results.slice(0, MAX).forEach(function (r) {
      var d = docs[Number(r.ref)];
      var item = document.createElement("li");
      var link = document.createElement("a");
      link.href = root + d.u;
      link.textContent = d.t;
      var kind = document.createElement("span");
      kind.className = "search-kind";
      kind.textContent = d.k;
      item.appendChild(link);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(kind);
      if (d.s) {
        var summary = document.createElement("p");
        summary.textContent = d.s;
        item.appendChild(summary);
      }
      list.appendChild(item);
    });
    var n = results.length;
    status.textContent = n === 0 ? "No results for “" + query + "”."
      : (n === 1 ? "1 result" : n + " results") + " for “" + query + "”"
        + (n > MAX ? ", showing the first " + MAX : "") + ".";
  }

  function update() {
    var text = input.value;
    if (!index && text.trim() !== "") {
      status.textContent = "Preparing the search…";
      open(true);
    }
    ready().then(function () {
      if (input.value === text) { show(text); }
    }, function () {
      open(true);
      status.textContent = "The search is not available: its files could not be loaded.";
    });
  }

  function open(on) { panel.classList.toggle("closed", !on); }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  input.addEventListener("focus", function () { ready().catch(function () { /* said when searching */ }); });
  input.addEventListener("input", update);
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var first = links()[0];
    if (first) { window.location.href = first.href; }
  });
  form.addEventListener("keydown", function (e) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (e.key === "ArrowDown" && all.length > 0) {
      e.preventDefault();
      all[Math.min(at + 1, all.length - 1)].focus();
    } else if (e.key === "ArrowUp" && at >= 0) {
      e.preventDefault();
      if (at === 0) { input.focus(); } else { all[at - 1].focus(); }
    } else if (e.key === "Escape") {
      input.value = "";
      show("");
      input.focus();
    }
  });
  document.addEventListener("click", function (e) {
    if (!form.contains(e.target)) { open(false); }
  });
  input.addEventListener("focus", function () {
    if (input.value.trim() !== "" && list.childNodes.length > 0) { open(true); }
  });
})();
