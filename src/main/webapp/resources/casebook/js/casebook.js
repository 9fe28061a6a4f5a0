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
