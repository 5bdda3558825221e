// Waits for the published PDF without reloading the page: asks every 3 seconds whether the file is
// ready and opens it once it is (a failure reloads the page, which then says so). Without JavaScript,
// the page's <noscript><meta http-equiv="refresh"></noscript> reloads it instead.
(function () {
  "use strict";
  var box = document.getElementById("pdf-wait");
  if (!box) {
    return;
  }
  var url = box.dataset.pdfUrl;
  function poll() {
    fetch(url, { method: "HEAD", credentials: "same-origin" })
      .then(function (answer) {
        if (answer.status === 202) {
          window.setTimeout(poll, 3000);
        } else if (answer.ok) {
          window.location.href = url;
        } else {
          window.location.reload();
        }
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 3000);
})();
