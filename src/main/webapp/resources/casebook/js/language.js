/*
 * Live language help in the conversation editor (loaded from the app: Content Security Policy).
 *
 * A moment after the worker stops typing in a free-text field, its text is sent to
 * /language/check (the worker's session; JSON) and the phrases the council's lexicon would
 * reconsider come back with their offsets. They are underlined in a layer behind the field, which
 * mirrors its text, and listed below it with the suggestion and the reason. A button puts the
 * suggested words in place of the phrase (where the lexicon says they read correctly as they are),
 * or selects the words so the worker can rewrite them. The list says how many phrases there are
 * through a polite live region, which is also part of the field's description.
 *
 * None of this touches saving: it uses its own requests, not the page's Ajax queue, and a check
 * that fails or is slow is simply not shown. Fields marked as the person's own words are left
 * alone, as is anything in quotation marks (the server sees to that).
 */
(function () {
  "use strict";
  var config = document.getElementById("cb-live-language");
  var form = config && config.closest("form");
  if (!form || !window.fetch || !window.JSON) { return; }

  var WAIT = 700;
  var url = config.getAttribute("data-url");
  var states = {};

  var words = function (name, a, b) {
    return (config.getAttribute("data-" + name) || "")
      .replace("{0}", a === undefined ? "" : a)
      .replace("{1}", b === undefined ? "" : b);
  };
  var el = function (tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined) { e.textContent = text; }
    return e;
  };
  var checkable = function (field) {
    return field && field.tagName === "TEXTAREA" && field.id && form.contains(field) && !field.disabled && !field.readOnly;
  };
  var theirWords = function (field) {
    var holder = field.closest(".cb-field");
    var box = holder && holder.querySelector(".cb-their-words input[type=checkbox]");
    return !!(box && box.checked);
  };

  // --- One field: its layer of underlines, its list, what was last found ---------------------
  var state = function (field) {
    var s = states[field.id];
    if (s && s.field === field && document.contains(s.panel)) { return s; }
    s = { field: field, findings: [], text: field.value, timer: null, shown: "" };
    states[field.id] = s;

    // The layer behind the field, in the same box. The field itself is never moved (that would
    // take the cursor out of it while the worker types): the layer is placed over its box.
    var host = field.parentNode;
    host.classList.add("cb-language-host");
    s.layer = el("div", "cb-language-layer");
    s.layer.setAttribute("aria-hidden", "true");
    host.insertBefore(s.layer, field);
    field.classList.add("cb-language-field");

    // The list below the field.
    s.panel = el("div", "cb-language");
    s.panel.setAttribute("data-for", field.id);
    s.summary = el("p", "cb-language-summary");
    s.summary.id = field.id + "-language";
    s.summary.setAttribute("aria-live", "polite");
    s.list = el("ul", "cb-language-list");
    s.list.hidden = true;
    s.panel.appendChild(s.summary);
    s.panel.appendChild(s.list);
    host.insertBefore(s.panel, field.nextSibling);
    var described = (field.getAttribute("aria-describedby") || "").split(" ");
    if (described.indexOf(s.summary.id) < 0) {
      described.push(s.summary.id);
      field.setAttribute("aria-describedby", described.join(" ").trim());
    }

    var fit = function () { fitLayer(s); };
    field.addEventListener("scroll", function () { s.layer.scrollTop = field.scrollTop; });
    if (window.ResizeObserver) { new ResizeObserver(fit).observe(field); }
    fit();
    return s;
  };

  var STYLES = ["fontFamily", "fontSize", "fontWeight", "fontStyle", "lineHeight", "letterSpacing",
    "wordSpacing", "textIndent", "textTransform", "paddingTop", "paddingLeft", "paddingBottom",
    "borderTopWidth", "borderRightWidth", "borderBottomWidth", "borderLeftWidth", "boxSizing", "tabSize"];

  /* The layer takes the field's exact box and type, so each underline sits under its words. */
  var fitLayer = function (s) {
    var field = s.field;
    var css = window.getComputedStyle(field);
    STYLES.forEach(function (name) { s.layer.style[name] = css[name]; });
    var borders = parseFloat(css.borderLeftWidth) + parseFloat(css.borderRightWidth);
    var scrollbar = Math.max(0, field.offsetWidth - field.clientWidth - borders);
    s.layer.style.paddingRight = (parseFloat(css.paddingRight) + scrollbar) + "px";
    s.layer.style.width = field.offsetWidth + "px";
    s.layer.style.height = field.offsetHeight + "px";
    s.layer.style.top = field.offsetTop + "px";
    s.layer.style.left = field.offsetLeft + "px";
    s.layer.scrollTop = field.scrollTop;
  };

  var drawLayer = function (s) {
    var text = s.field.value;
    var layer = s.layer;
    while (layer.firstChild) { layer.removeChild(layer.firstChild); }
    var at = 0;
    s.findings.forEach(function (f) {
      if (f.start < at || f.end > text.length) { return; }
      layer.appendChild(document.createTextNode(text.substring(at, f.start)));
      layer.appendChild(el("mark", "cb-language-mark", text.substring(f.start, f.end)));
      at = f.end;
    });
    // A field ending in a line break shows an empty last line; so must the layer.
    layer.appendChild(document.createTextNode(text.substring(at) + "\u200b"));
    fitLayer(s);
  };

  /* After typing, findings before the change stay, those after it move with the text, and those it touched go. */
  var follow = function (s) {
    var before = s.text;
    var after = s.field.value;
    if (before === after) { return; }
    var head = 0;
    var max = Math.min(before.length, after.length);
    while (head < max && before.charCodeAt(head) === after.charCodeAt(head)) { head++; }
    var tail = 0;
    while (tail < max - head &&
      before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) { tail++; }
    var changedEnd = before.length - tail;
    var delta = after.length - before.length;
    s.findings = s.findings.filter(function (f) {
      return f.end < head || f.start > changedEnd;
    }).map(function (f) {
      return f.start > changedEnd ? Object.assign({}, f, { start: f.start + delta, end: f.end + delta }) : f;
    });
    s.text = after;
  };

  var drawList = function (s) {
    var key = JSON.stringify(s.findings.map(function (f) { return [f.text, f.category, f.replacement]; }));
    if (key === s.shown) { return; }
    var had = s.shown !== "" && s.shown !== "[]";
    s.shown = key;
    var list = s.list;
    while (list.firstChild) { list.removeChild(list.firstChild); }
    s.findings.forEach(function (f, i) {
      var item = el("li", "cb-language-finding");
      var what = el("p", "cb-language-what");
      what.id = s.field.id + "-finding-" + i;
      what.appendChild(el("mark", "cb-language-words", f.text));
      what.appendChild(document.createTextNode(" "));
      what.appendChild(el("span", "cb-language-category", f.categoryLabel));
      item.appendChild(what);
      item.appendChild(el("p", "cb-language-try", words("try", f.suggestion)));
      item.appendChild(el("p", "cb-language-why", words("why", f.explanation)));
      var button = el("button", "cb-button cb-button-secondary cb-button-small cb-language-action",
        f.replacement ? words("apply", f.replacement) : words("select"));
      button.type = "button";
      // The button's name is what it says; the words it acts on are its description.
      button.setAttribute("aria-describedby", what.id);
      button.setAttribute("data-index", String(i));
      button.addEventListener("click", function () { act(s, i, f); });
      item.appendChild(button);
      list.appendChild(item);
    });
    list.hidden = s.findings.length === 0;
    var n = s.findings.length;
    s.summary.textContent = n === 0 ? (had ? words("none") : "") : n === 1 ? words("one") : words("many", n);
  };

  var show = function (s, findings) {
    s.findings = findings;
    s.text = s.field.value;
    drawLayer(s);
    drawList(s);
  };

  // --- Asking the server -------------------------------------------------------------------------
  var check = function (fieldList) {
    var body = {};
    var sent = {};
    fieldList.forEach(function (field) {
      body[field.id] = field.value;
      sent[field.id] = field.value;
    });
    if (!fieldList.length) { return; }
    window.fetch(url, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) {
      var type = response.headers.get("Content-Type") || "";
      if (!response.ok || response.redirected || type.indexOf("application/json") !== 0) { return null; }
      return response.json();
    }).then(function (answer) {
      if (!answer) { return; }
      fieldList.forEach(function (field) {
        // Only if the text is still what was checked; otherwise a newer check is on its way.
        if (!document.contains(field) || field.value !== sent[field.id] || !answer[field.id]) { return; }
        if (theirWords(field)) { return; }
        show(state(field), answer[field.id]);
      });
    }).catch(function () { /* Live help is a help: when it fails, the field works as ever. */ });
  };

  var later = function (field) {
    var s = state(field);
    window.clearTimeout(s.timer);
    s.timer = window.setTimeout(function () { check([field]); }, WAIT);
  };

  var clear = function (field) {
    var s = state(field);
    window.clearTimeout(s.timer);
    show(s, []);
  };

  // --- The buttons ----------------------------------------------------------------------------
  var act = function (s, i, shownFinding) {
    var field = s.field;
    follow(s);
    var f = s.findings[i] && s.findings[i].text === shownFinding.text ? s.findings[i]
      : s.findings.filter(function (g) { return g.text === shownFinding.text; })[0];
    if (!f || field.value.substring(f.start, f.end) !== f.text) {
      // The text moved on since the list was drawn: check again rather than change the wrong words.
      check([field]);
      field.focus();
      return;
    }
    field.focus();
    field.setSelectionRange(f.start, f.end);
    if (!f.replacement) { return; }
    var put = false;
    try { put = document.execCommand("insertText", false, f.replacement); } catch (ignore) { put = false; }
    if (!put || field.value.substring(f.start, f.start + f.replacement.length) !== f.replacement) {
      // No undoable typing here: put the words in directly and tell the page the field changed.
      field.setRangeText(f.replacement, f.start, f.end, "end");
      field.dispatchEvent(new Event("input", { bubbles: true }));
    }
    var caret = f.start + f.replacement.length;
    field.setSelectionRange(caret, caret);
    field.dispatchEvent(new Event("change", { bubbles: true }));
    follow(s);
    drawLayer(s);
    drawList(s);
    s.summary.textContent = words("applied", f.text, f.replacement);
    window.clearTimeout(s.timer);
    check([field]);
  };

  // --- Wiring ---------------------------------------------------------------------------------
  form.addEventListener("input", function (e) {
    var field = e.target;
    if (!checkable(field)) { return; }
    var s = state(field);
    follow(s);
    drawLayer(s);
    if (theirWords(field)) { clear(field); return; }
    later(field);
  });
  form.addEventListener("change", function (e) {
    var box = e.target;
    if (!box || box.type !== "checkbox" || !box.closest(".cb-their-words")) { return; }
    var field = box.closest(".cb-field").querySelector("textarea");
    if (!checkable(field)) { return; }
    if (box.checked) { clear(field); } else { check([field]); }
  });
  window.addEventListener("resize", function () {
    Object.keys(states).forEach(function (id) { if (document.contains(states[id].field)) { fitLayer(states[id]); } });
  });

  /* Fields on the page (and those a button has just added or redrawn) are checked once, together. */
  var checkNew = function () {
    var fresh = Array.prototype.filter.call(form.querySelectorAll("textarea"), function (field) {
      if (!checkable(field)) { return false; }
      var known = states[field.id];
      if (known && known.field === field && document.contains(known.panel)) { return false; }
      state(field);
      return field.value.trim() !== "" && !theirWords(field);
    });
    check(fresh);
  };
  checkNew();
  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function () { window.setTimeout(checkNew, 0); });
  }
})();
