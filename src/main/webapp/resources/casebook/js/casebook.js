/*
 * Casebook's own browser code, loaded from the app (no inline scripts: Content Security Policy).
 * 1. Warns before an idle session ends, and offers to stay signed in.
 * 2. Keeps what a user types in forms marked data-keep, so nothing is lost if the session ends
 *    while the form is open: it is put back after signing in again.
 */
(function () {
  "use strict";
  var body = document.body;
  var context = body.getAttribute("data-context") || "";
  var signedIn = body.getAttribute("data-signed-in") === "true";
  var idleSeconds = parseInt(body.getAttribute("data-idle-seconds") || "0", 10);

  function currentPath() {
    return window.location.pathname.substring(context.length) + window.location.search;
  }

  // --- 1. Idle-session warning -------------------------------------------------------------
  if (signedIn && idleSeconds > 0) {
    var dialog = document.getElementById("cb-timeout");
    var warnTimer = null;
    var endTimer = null;
    var warnAfter = Math.max(idleSeconds - 120, Math.floor(idleSeconds / 2));

    var expire = function () {
      window.location.href = context + "/login.xhtml?expired=true&next=" +
        encodeURIComponent(currentPath().replace(/[?&]cbRestore=1/, ""));
    };
    var warn = function () {
      if (dialog && typeof dialog.showModal === "function" && !dialog.open) {
        dialog.showModal();
        document.getElementById("cb-timeout-stay").focus();
      }
    };
    var restart = function () {
      window.clearTimeout(warnTimer);
      window.clearTimeout(endTimer);
      warnTimer = window.setTimeout(warn, warnAfter * 1000);
      endTimer = window.setTimeout(expire, idleSeconds * 1000);
    };
    restart();

    if (dialog) {
      document.getElementById("cb-timeout-stay").addEventListener("click", function () {
        window.fetch(context + "/session/keep-alive", { method: "POST", credentials: "same-origin" })
          .then(function (response) {
            if (response.status === 204) {
              dialog.close();
              restart();
            } else {
              expire();
            }
          })
          .catch(function () { dialog.close(); restart(); });
      });
      document.getElementById("cb-timeout-leave").addEventListener("click", function () {
        var button = document.getElementById("signOut:signOutButton");
        if (button) { button.click(); }
      });
    }
    // The warning can be shown at once (browser tests, and a "check my session" link later on).
    window.Casebook = window.Casebook || {};
    window.Casebook.session = { warn: warn, restart: restart };

    // Every Ajax request to the server also keeps the session alive.
    if (window.jQuery) {
      window.jQuery(document).on("pfAjaxComplete", restart);
    }
  }

  // --- 2. Keeping what was typed -----------------------------------------------------------
  var restoring = /[?&]cbRestore=1(&|$)/.test(window.location.search);
  var forms = document.querySelectorAll("form[data-keep]");
  Array.prototype.forEach.call(forms, function (form) {
    var key = "casebook.keep." + form.getAttribute("data-keep");
    var fields = function () {
      return Array.prototype.filter.call(form.elements, function (el) {
        return el.name && el.name.indexOf("jakarta.faces") !== 0 &&
          el.type !== "hidden" && el.type !== "password" && el.type !== "submit" && el.type !== "button";
      });
    };
    var save = function () {
      var values = {};
      fields().forEach(function (el) {
        values[el.name] = (el.type === "checkbox" || el.type === "radio") ? el.checked : el.value;
      });
      try { window.sessionStorage.setItem(key, JSON.stringify(values)); } catch (e) { /* storage full or off */ }
    };
    var saved = null;
    try { saved = window.sessionStorage.getItem(key); } catch (e) { saved = null; }
    if (restoring && saved) {
      var values = JSON.parse(saved);
      fields().forEach(function (el) {
        if (Object.prototype.hasOwnProperty.call(values, el.name)) {
          if (el.type === "checkbox" || el.type === "radio") { el.checked = values[el.name]; } else { el.value = values[el.name]; }
        }
      });
      var note = document.getElementById("cb-restored");
      if (note) { note.hidden = false; }
    } else {
      try { window.sessionStorage.removeItem(key); } catch (e) { /* nothing kept */ }
    }
    form.addEventListener("input", save);
    form.addEventListener("change", save);
  });
})();

/* 3. An error summary takes focus, so keyboard and screen-reader users start from the problems. */
(function () {
  "use strict";
  var summary = document.querySelector(".cb-error-summary");
  if (summary) {
    var region = document.getElementById("messagesRegion");
    if (region) { region.focus(); }
  }
})();

/*
 * 4. Conversation drafts save themselves: a few seconds after typing stops, on leaving a changed
 *    field, and when the tab is hidden or closed. The page's remote command "cbAutosave" sends the
 *    whole form; the server answers with the new save status.
 */
(function () {
  "use strict";
  if (!document.querySelector("form[data-autosave]")) { return; }
  var dirty = false;
  var inFlight = false;
  // Once the form itself is being sent (finalising, or saving with the button), it carries
  // everything typed: a save now would reach a page that is already gone.
  var leaving = false;

  var inForm = function (el) { return el && el.closest && el.closest("form[data-autosave]"); };
  var status = function () { return document.querySelector(".cb-save-status"); };
  var show = function (selector, visible) {
    var s = status();
    var el = s && s.querySelector(selector);
    if (el) { el.hidden = !visible; }
  };
  var conflicted = function () {
    var s = status();
    return s && s.getAttribute("data-conflict") === "true";
  };
  var finished = function () {
    inFlight = false;
    show(".cb-save-pending", false);
    show(".cb-save-offline", false);
  };
  var failed = function () {
    inFlight = false;
    dirty = true;
    show(".cb-save-pending", false);
    show(".cb-save-offline", true);
  };
  var save = function () {
    if (leaving || !dirty || inFlight || conflicted() || typeof window.cbAutosave !== "function") { return; }
    dirty = false;
    inFlight = true;
    show(".cb-save-pending", true);
    // The remote command is not "global", so PrimeFaces announces no pfAjaxComplete for it: its
    // own promise says when it is done, or else the next save would wait for some other request.
    var request = window.cbAutosave();
    if (request && typeof request.then === "function") { request.then(finished, failed); }
  };

  document.addEventListener("submit", function (e) { if (inForm(e.target)) { leaving = true; } });
  window.addEventListener("pageshow", function () { leaving = false; });
  document.addEventListener("input", function (e) { if (inForm(e.target)) { dirty = true; } });
  document.addEventListener("change", function (e) {
    if (inForm(e.target)) { dirty = true; save(); }
  });
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") { save(); }
  });
  window.addEventListener("pagehide", save);
  window.setInterval(save, 2500);

  if (window.jQuery) {
    window.jQuery(document).on("pfAjaxComplete", function () {
      finished();
      var target = document.querySelector("[data-focus]:not([data-focus=''])");
      if (target) {
        var field = document.getElementById(target.getAttribute("data-focus"));
        target.setAttribute("data-focus", "");
        if (field) { field.focus(); }
      }
    });
    window.jQuery(document).on("pfAjaxError", failed);
  }
  window.Casebook = window.Casebook || {};
  window.Casebook.autosave = { now: function () { dirty = true; save(); }, isDirty: function () { return dirty || inFlight; } };
})();

/* 5. Fields with a character limit say, as soon as it is passed, by how much. */
(function () {
  "use strict";
  var check = function (el) {
    var max = parseInt(el.getAttribute("data-maxlength") || "0", 10);
    var field = el.closest(".cb-field");
    var count = field && field.querySelector(".cb-count");
    if (!max || !count) { return; }
    var over = el.value.replace(/\r\n/g, "\n").length - max;
    if (over > 0) {
      count.textContent = (count.getAttribute("data-template") || "{0}").replace("{0}", over.toLocaleString("en-GB"));
      count.hidden = false;
    } else if (!count.hidden) {
      count.hidden = true;
      count.textContent = "";
    }
  };
  document.addEventListener("input", function (e) {
    if (e.target && e.target.hasAttribute && e.target.hasAttribute("data-maxlength")) { check(e.target); }
  });
  Array.prototype.forEach.call(document.querySelectorAll("[data-maxlength]"), check);
})();

/* 6. A problem in an error summary links to its field: following the link puts the cursor there. */
document.addEventListener("click", function (e) {
  "use strict";
  var link = e.target && e.target.closest && e.target.closest(".cb-error-summary a[href^='#']");
  if (!link) { return; }
  var target = document.getElementById(decodeURIComponent(link.getAttribute("href").substring(1)));
  if (!target) { return; }
  var field = target.matches("input, select, textarea") ? target : target.querySelector("input, select, textarea");
  if (field) {
    e.preventDefault();
    field.scrollIntoView({ block: "center" });
    field.focus();
  }
});

/*
 * 7. Maps of community assets (Leaflet, served by Casebook). The list beside a map holds the same
 * results, so nothing is lost when scripts or tiles do not load. Markers carry the numbers of the
 * list, readable without colour, and are not controls (the list holds the links); choosing a
 * point on the map searches from there.
 */
window.addEventListener("load", function () {
  "use strict";
  var el = document.getElementById("cb-map");
  if (!el || !window.L) { return; }
  var markers = [];
  try { markers = JSON.parse(el.getAttribute("data-markers") || "[]"); } catch (ignore) { markers = []; }
  var centre = (el.getAttribute("data-origin") || el.getAttribute("data-centre") || "54.05,-2.0").split(",");
  var map = L.map(el, { keyboard: true }).setView([parseFloat(centre[0]), parseFloat(centre[1])], 14);
  L.tileLayer(el.getAttribute("data-tiles"), {
    maxZoom: 19,
    attribution: el.getAttribute("data-attribution") || ""
  }).addTo(map);
  map.attributionControl.setPrefix(false);
  var bounds = [];
  markers.forEach(function (m) {
    var icon = L.divIcon({ className: "cb-map-marker", html: String(m.n), iconSize: [28, 28], iconAnchor: [14, 14] });
    // Markers are pictures, not controls: the numbered list beside the map holds the links, so
    // markers that sit close together never become targets too small to press.
    L.marker([m.lat, m.lng], { icon: icon, title: m.n + ". " + m.name, interactive: false, keyboard: false }).addTo(map);
    bounds.push([m.lat, m.lng]);
  });
  var origin = el.getAttribute("data-origin");
  if (origin) {
    var o = origin.split(",");
    L.circleMarker([parseFloat(o[0]), parseFloat(o[1])], { radius: 9, weight: 3, color: "#1d1d1b", fillColor: "#ffffff", fillOpacity: 1 })
      .addTo(map);
    bounds.push([parseFloat(o[0]), parseFloat(o[1])]);
  }
  if (bounds.length > 1) { map.fitBounds(bounds, { padding: [24, 24], maxZoom: 16 }); }
  map.on("click", function (e) {
    var lat = document.getElementById(el.getAttribute("data-lat-field"));
    var lng = document.getElementById(el.getAttribute("data-lng-field"));
    var submit = document.getElementById(el.getAttribute("data-submit"));
    if (!lat || !lng || !submit) { return; }
    lat.value = e.latlng.lat.toFixed(6);
    lng.value = e.latlng.lng.toFixed(6);
    submit.click();
  });
});
