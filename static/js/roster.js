/* The roster without reloading: every form in [data-roster] is sent with fetch, and the
   roster and the admin messages are replaced by those of the answer (the same HTML the
   page shows without JavaScript). Optional: scan a QR code in the page when the browser
   has BarcodeDetector. If anything fails, the form is sent the normal way. */
(function () {
  "use strict";

  var busy = false;

  function swapFrom(html) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var newRoster = next.querySelector("[data-roster]");
    var roster = document.querySelector("[data-roster]");
    if (!newRoster || !roster) {
      return false;
    }
    roster.replaceWith(newRoster);
    var newMessages = next.querySelector(".messages ul");
    var messages = document.querySelector(".messages ul");
    if (newMessages && messages) {
      messages.innerHTML = newMessages.innerHTML;
    }
    setUpScanner();
    return true;
  }

  function restoreFocus(id) {
    var target = id && document.getElementById(id);
    if (target) {
      target.focus({ preventScroll: true });
    }
  }

  function send(form, submitter) {
    var data = new FormData(form);
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value);
    }
    var focusId = submitter && submitter.id;
    if (form.hasAttribute("data-roster-code")) {
      focusId = "roster-code-input";
    }
    busy = true;
    // getAttribute: the hidden field named "action" hides the form's .action property.
    return fetch(form.getAttribute("action") || window.location.href, {
      method: "POST",
      body: data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (response) {
        return response.text();
      })
      .then(function (html) {
        if (!swapFrom(html)) {
          throw new Error("no roster in the answer");
        }
        restoreFocus(focusId);
      })
      .finally(function () {
        busy = false;
      });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var method = (form.getAttribute("method") || "").toLowerCase();
    if (!form.closest || !form.closest("[data-roster]") || method !== "post") {
      return;
    }
    event.preventDefault();
    if (busy) {
      return;
    }
    var submitter = event.submitter || null;
    send(form, submitter).catch(function () {
      if (submitter && submitter.name) {
        var hidden = document.createElement("input");
        hidden.type = "hidden";
        hidden.name = submitter.name;
        hidden.value = submitter.value;
        form.appendChild(hidden);
      }
      HTMLFormElement.prototype.submit.call(form);
    });
  });

  /* In-page scanning: the QR holds the check-in address, the code is its last part. */
  var stream = null;

  function codeFrom(text) {
    var match = /\/([0-9A-Za-z-]{4,20})\/?$/.exec(text || "");
    return match ? match[1] : text;
  }

  function stopScanning(scanner) {
    if (stream) {
      stream.getTracks().forEach(function (track) { track.stop(); });
      stream = null;
    }
    if (scanner) {
      scanner.querySelector("[data-roster-scan-video]").hidden = true;
      scanner.querySelector("[data-roster-scan-stop]").hidden = true;
    }
  }

  function startScanning(scanner) {
    var video = scanner.querySelector("[data-roster-scan-video]");
    var form = scanner.closest("form");
    var detector = new window.BarcodeDetector({ formats: ["qr_code"] });
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: "environment" }, audio: false })
      .then(function (media) {
        stream = media;
        video.srcObject = media;
        video.hidden = false;
        scanner.querySelector("[data-roster-scan-stop]").hidden = false;
        return video.play();
      })
      .then(function look() {
        if (!stream) {
          return;
        }
        detector.detect(video).then(function (codes) {
          if (codes.length) {
            form.querySelector("input[name=code]").value = codeFrom(codes[0].rawValue);
            stopScanning(scanner);
            form.requestSubmit();
          } else {
            window.setTimeout(look, 250);
          }
        }, function () { window.setTimeout(look, 500); });
      })
      .catch(function () {
        stopScanning(scanner);
      });
  }

  function setUpScanner() {
    var scanner = document.querySelector("[data-roster-scanner]");
    if (!scanner || !("BarcodeDetector" in window) || !navigator.mediaDevices) {
      return;
    }
    scanner.hidden = false;
    scanner.querySelector("[data-roster-scan-start]").addEventListener("click", function () {
      startScanning(scanner);
    });
    scanner.querySelector("[data-roster-scan-stop]").addEventListener("click", function () {
      stopScanning(scanner);
    });
  }

  setUpScanner();
})();
