// The housestyle gallery: brand switching, filtering and copying. No network, no libraries.
(function () {
  "use strict";
  var KEY = "housestyle-gallery-brand";
  var body = document.body;
  var brands = (body.getAttribute("data-brands") || "").split(" ").filter(Boolean);

  function storedBrand() {
    var match = /[?&]brand=([^&#]+)/.exec(window.location.search);
    var wanted = match ? decodeURIComponent(match[1]) : null;
    if (!wanted) {
      try { wanted = window.localStorage.getItem(KEY); } catch (e) { wanted = null; }
    }
    return brands.indexOf(wanted) >= 0 ? wanted : brands[0];
  }

  function withBrand(href, brand) {
    var base = href.replace(/[?#].*$/, "");
    return brand === brands[0] ? base : base + "?brand=" + encodeURIComponent(brand);
  }

  function setBrand(brand) {
    body.setAttribute("data-brand", brand);
    try { window.localStorage.setItem(KEY, brand); } catch (e) { /* file:// may refuse */ }
    document.querySelectorAll("[data-brand-button]").forEach(function (button) {
      button.setAttribute("aria-pressed", String(button.getAttribute("data-brand-button") === brand));
    });
    document.querySelectorAll(".card").forEach(function (card) {
      var thumbs = JSON.parse(card.getAttribute("data-thumbs"));
      var alts = JSON.parse(card.getAttribute("data-alts"));
      var img = card.querySelector(".thumb-img");
      card.classList.toggle("is-failed", !thumbs[brand]);
      if (thumbs[brand]) {
        img.removeAttribute("width");
        img.removeAttribute("height");
        img.src = thumbs[brand];
        img.alt = alts[brand];
      }
    });
    document.querySelectorAll(".per-brand").forEach(function (block) {
      block.hidden = block.getAttribute("data-brand") !== brand;
    });
    document.querySelectorAll("a[data-keep-brand]").forEach(function (link) {
      link.href = withBrand(link.getAttribute("href"), brand);
    });
  }

  document.querySelectorAll("[data-brand-button]").forEach(function (button) {
    button.addEventListener("click", function () { setBrand(button.getAttribute("data-brand-button")); });
  });

  // Filtering the index: text search, one library, one tag.
  var search = document.getElementById("search");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var state = { library: "", tag: "" };

  function filter() {
    var words = (search ? search.value : "").toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    cards.forEach(function (card) {
      var text = card.getAttribute("data-search");
      var tags = card.getAttribute("data-tags").split(" ");
      var visible = words.every(function (w) { return text.indexOf(w) >= 0; }) &&
        (!state.library || card.getAttribute("data-library") === state.library) &&
        (!state.tag || tags.indexOf(state.tag) >= 0);
      card.hidden = !visible;
      if (visible) { shown += 1; }
    });
    var status = document.getElementById("status");
    if (status) { status.textContent = shown + " of " + cards.length + " recipes"; }
    var empty = document.getElementById("empty");
    if (empty) { empty.hidden = shown > 0; }
  }

  function chipGroup(attribute) {
    var chips = document.querySelectorAll(".chip[data-" + attribute + "]");
    chips.forEach(function (chip) {
      chip.addEventListener("click", function () {
        state[attribute] = chip.getAttribute("data-" + attribute);
        chips.forEach(function (other) { other.setAttribute("aria-pressed", String(other === chip)); });
        filter();
      });
    });
  }

  if (search) {
    search.addEventListener("input", filter);
    chipGroup("library");
    chipGroup("tag");
    var reset = document.getElementById("reset");
    if (reset) {
      reset.addEventListener("click", function () {
        search.value = "";
        document.querySelectorAll('.chip[data-library=""], .chip[data-tag=""]').forEach(function (c) { c.click(); });
        filter();
      });
    }
  }

  var more = document.getElementById("more-tags");
  if (more) {
    var label = more.textContent;
    more.addEventListener("click", function () {
      var open = more.parentNode.classList.toggle("show-all");
      more.setAttribute("aria-expanded", String(open));
      more.textContent = open ? "fewer tags" : label;
    });
  }

  // Copying the code: the clipboard API where allowed, else a selection.
  document.querySelectorAll("button[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      var done = function () {
        button.textContent = "Copied";
        window.setTimeout(function () { button.textContent = "Copy code"; }, 1500);
      };
      var fallback = function () {
        source.classList.remove("visually-hidden");
        source.select();
        try { document.execCommand("copy"); done(); } catch (e) { /* nothing to do */ }
        source.classList.add("visually-hidden");
      };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(source.value).then(done, fallback);
      } else {
        fallback();
      }
    });
  });

  var initial = storedBrand();
  if (initial !== brands[0]) { setBrand(initial); }
})();
