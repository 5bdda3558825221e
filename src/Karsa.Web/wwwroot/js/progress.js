// Updates a job's progress in place by polling its JSON status, so the page need not reload every
// 2 seconds; without JavaScript the page's <noscript><meta http-equiv="refresh"></noscript> does it.
(function () {
  "use strict";
  var box = document.getElementById("job-status");
  if (!box || box.dataset.finished === "true") {
    return;
  }
  var bar = document.getElementById("job-progress");
  var percent = document.getElementById("job-percent");
  var message = document.getElementById("job-message");
  function poll() {
    fetch(box.dataset.statusUrl, { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (answer) { return answer.ok ? answer.json() : null; })
      .then(function (status) {
        if (!status) {
          window.location.reload();
          return;
        }
        var value = Math.round(status.progress * 100);
        bar.value = value;
        bar.textContent = value + "%";
        percent.textContent = value + "%";
        message.textContent = status.message;
        if (status.finished) {
          window.location.reload();
        } else {
          window.setTimeout(poll, 1000);
        }
      })
      .catch(function () { window.setTimeout(poll, 3000); });
  }
  window.setTimeout(poll, 1000);
})();
