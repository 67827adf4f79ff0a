// Small improvements for every public page. Everything works without this file.
(function () {
  "use strict";

  // The header menu on a phone is a <details>: it opens without JavaScript. Here its
  // toggle becomes a real button with aria-expanded (not every screen reader announces a
  // summary's state), and Escape closes the menu.
  function enhanceMenu(menu) {
    var summary = menu.querySelector("summary");
    if (!summary) {
      return;
    }
    var button = document.createElement("button");
    button.type = "button";
    button.className = summary.className;
    button.innerHTML = summary.innerHTML;
    button.setAttribute("aria-controls", menu.id);
    button.setAttribute("aria-expanded", menu.open ? "true" : "false");
    summary.hidden = true;
    menu.parentNode.insertBefore(button, menu);

    function show(open) {
      menu.open = open;
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", function () { show(!menu.open); });
    menu.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && menu.open) {
        show(false);
        button.focus();
      }
    });
  }

  // After a failed submit the page opens at the top and the error summary may be out of
  // sight on a phone: give it focus (a screen reader reads it out) and scroll it into view,
  // the pattern of NL Design System and GOV.UK. A link in it puts focus in its field and
  // keeps the field's label in view.
  function focusErrorSummary(summary) {
    summary.focus({ preventScroll: true });
    if (summary.getBoundingClientRect().bottom > window.innerHeight) {
      summary.scrollIntoView({ block: "start", behavior: "instant" });
    }
    summary.addEventListener("click", function (event) {
      var link = event.target.closest("a[href^='#']");
      var field = link && document.getElementById(link.getAttribute("href").slice(1));
      if (!field) {
        return;
      }
      event.preventDefault();
      var label = document.querySelector("label[for='" + CSS.escape(field.id) + "']") ||
        (field.closest("fieldset") && field.closest("fieldset").querySelector("legend"));
      (label || field).scrollIntoView({ block: "start", behavior: "instant" });
      field.focus({ preventScroll: true });
    });
  }

  var menu = document.querySelector("[data-site-menu]");
  if (menu) {
    enhanceMenu(menu);
  }
  var summary = document.querySelector("[data-error-summary]");
  if (summary) {
    focusErrorSummary(summary);
  }
  // "Afdrukken" only works with JavaScript, so the button stays hidden without it.
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
