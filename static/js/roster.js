/* The roster without reloading: every form in [data-roster] is sent with fetch, and the
   roster and the admin messages are replaced by those of the answer (the same HTML the
   page shows without JavaScript).

   Taps never get lost: a tap made while another one is on its way waits in a queue and is
   sent after it, in order. Each person's row says where their tap stands: "bezig met
   opslaan", "opgeslagen" or "niet gelukt" with a button to try again; the live region
   [data-roster-announce] (outside the part that is swapped) says the same to screen
   readers. The texts come from the page, so they are translated with the rest.

   Optional: scan a QR code in the page when the browser has BarcodeDetector. */
(function () {
  "use strict";

  var queue = [];
  var sending = false;
  // Per row (the <li> id): {pending: taps not answered yet, state: busy|saved|failed, job}.
  var rows = {};

  function announcer() {
    return document.querySelector("[data-roster-announce]");
  }

  function text(name) {
    var region = announcer();
    return (region && region.getAttribute("data-text-" + name)) || name;
  }

  function announce(message) {
    var region = announcer();
    if (region) {
      region.textContent = message;
    }
  }

  /* A row's state, drawn again after every swap (the swap brings fresh rows). */
  function showRow(rowId) {
    var row = document.getElementById(rowId);
    var entry = rows[rowId];
    if (!row || !entry) {
      return;
    }
    var box = row.querySelector("[data-roster-save]");
    if (!box) {
      return;
    }
    box.hidden = false;
    box.setAttribute("data-state", entry.state);
    box.className = "roster-person__save roster-person__save--" + entry.state;
    box.textContent = text(entry.state);
    if (entry.state === "failed") {
      var retry = document.createElement("button");
      retry.type = "button";
      retry.className = "button button-secondary roster-retry";
      retry.id = "opnieuw-" + rowId;
      retry.textContent = text("retry");
      retry.addEventListener("click", function () {
        enqueue(entry.job);
      });
      box.appendChild(document.createTextNode(" "));
      box.appendChild(retry);
    }
    if (entry.pending && entry.job.status) {
      // Show the tap at once, while it waits for its turn.
      row.querySelectorAll("button[name=status]").forEach(function (button) {
        button.setAttribute("aria-pressed", button.value === entry.job.status ? "true" : "false");
      });
    }
  }

  function showRows() {
    Object.keys(rows).forEach(showRow);
  }

  function swapFrom(html, job) {
    var next = new DOMParser().parseFromString(html, "text/html");
    var newRoster = next.querySelector("[data-roster]");
    var roster = document.querySelector("[data-roster]");
    if (!newRoster || !roster) {
      return false;
    }
    var active = document.activeElement;
    var inRoster = active && roster.contains(active) && active.id;
    var focusId = inRoster ? active.id : null;
    // Someone typing a code or a name while an earlier tap comes back keeps what they typed.
    var typing = null;
    if (inRoster && active.tagName === "INPUT" && active.value !== job.sent[active.id]) {
      typing = { id: active.id, value: active.value };
    }
    if (job.isCode && focusId === "roster-code-submit") {
      focusId = "roster-code-input";
    }
    roster.replaceWith(newRoster);
    var newMessages = next.querySelector(".messages ul");
    var messages = document.querySelector(".messages ul");
    if (newMessages && messages) {
      messages.innerHTML = newMessages.innerHTML;
    }
    if (typing) {
      var input = document.getElementById(typing.id);
      if (input) {
        input.value = typing.value;
      }
    }
    var target = focusId && document.getElementById(focusId);
    if (target) {
      target.focus({ preventScroll: true });
    }
    setUpScanner();
    return true;
  }

  function finish(job, state, swapped) {
    var entry = job.rowId && rows[job.rowId];
    if (entry) {
      entry.pending = Math.max(0, entry.pending - 1);
      if (state === "failed") {
        entry.job = job;
      }
      // A later tap on the same row still on its way: that row is still busy.
      entry.state = entry.pending ? "busy" : state;
    }
    showRows();
    if (job.name) {
      announce(job.name + ": " + text(state));
    } else if (state === "failed" && !swapped) {
      // A refusal that came back shows (and says) its own message; this one did not.
      announce(text("failed"));
    }
  }

  function sendNext() {
    if (sending || !queue.length) {
      return;
    }
    sending = true;
    var job = queue.shift();
    fetch(job.url, {
      method: "POST",
      body: job.data,
      credentials: "same-origin",
      headers: { "X-Requested-With": "fetch" },
    })
      .then(function (response) {
        return response.text().then(function (html) {
          var swapped = swapFrom(html, job);
          // A refusal (4xx) comes back as the roster with its message: shown, not saved.
          finish(job, response.ok && swapped ? "saved" : "failed", swapped);
        });
      })
      .catch(function () {
        finish(job, "failed", false);
      })
      .then(function () {
        sending = false;
        sendNext();
      });
  }

  function enqueue(job) {
    if (job.rowId) {
      var entry = rows[job.rowId] || { pending: 0 };
      entry.pending += 1;
      entry.state = "busy";
      entry.job = job;
      rows[job.rowId] = entry;
      showRow(job.rowId);
      announce(job.name + ": " + text("busy"));
    }
    queue.push(job);
    sendNext();
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    var method = (form.getAttribute("method") || "").toLowerCase();
    if (!form.closest || !form.closest("[data-roster]") || method !== "post") {
      return;
    }
    event.preventDefault();
    var submitter = event.submitter || null;
    var data = new FormData(form);
    if (submitter && submitter.name) {
      data.append(submitter.name, submitter.value);
    }
    var row = form.closest("[data-roster-row]");
    var sent = {};
    form.querySelectorAll("input").forEach(function (input) {
      if (input.id) {
        sent[input.id] = input.value;
      }
    });
    enqueue({
      // getAttribute: the hidden field named "action" hides the form's .action property.
      url: form.getAttribute("action") || window.location.href,
      data: data,
      rowId: row ? row.id : null,
      name: row ? row.getAttribute("data-name") : "",
      status: submitter && submitter.name === "status" ? submitter.value : null,
      isCode: form.hasAttribute("data-roster-code"),
      sent: sent,
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
