// "Kopieer" buttons: copy the text of the field named in data-copy-target.
// The button is hidden in the HTML and only shown here, so without JavaScript
// people select the text themselves and nothing on the page pretends to work.
(function () {
  "use strict";

  function say(button, text) {
    var status = document.getElementById(button.getAttribute("data-copy-status"));
    if (status) {
      status.textContent = text;
    }
  }

  function copyByHand(field) {
    // Older browsers and pages over plain http have no clipboard API.
    field.focus();
    field.select();
    return document.execCommand && document.execCommand("copy");
  }

  function copy(button) {
    var field = document.getElementById(button.getAttribute("data-copy-target"));
    if (!field) {
      return;
    }
    var done = function () { say(button, button.getAttribute("data-copied-text")); };
    var failed = function () {
      if (copyByHand(field)) {
        done();
      } else {
        say(button, button.getAttribute("data-failed-text"));
      }
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(done, failed);
    } else {
      failed();
    }
  }

  document.querySelectorAll("[data-copy-target]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { copy(button); });
  });
})();
