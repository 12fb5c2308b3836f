// The report's one script: filters by severity, channel and language, working offline on the page's own rows.
(function () {
  "use strict";
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[data-filter]"));
  var rows = Array.prototype.slice.call(document.querySelectorAll("tr.finding"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("section.group"));
  var shown = document.getElementById("shown-count");

  function allowed(kind) {
    var values = {};
    boxes.forEach(function (box) {
      if (box.getAttribute("data-filter") === kind && box.checked) values[box.value] = true;
    });
    return values;
  }

  function apply() {
    var severity = allowed("severity"), channel = allowed("channel"), language = allowed("language");
    var visible = {};
    rows.forEach(function (row) {
      var show = severity[row.getAttribute("data-severity")] === true &&
        channel[row.getAttribute("data-channel")] === true &&
        language[row.getAttribute("data-language")] === true;
      row.hidden = !show;
      if (show && row.hasAttribute("data-active")) visible[row.getAttribute("data-finding")] = true;
    });
    groups.forEach(function (group) {
      group.hidden = group.querySelector("tr.finding:not([hidden])") === null;
    });
    if (shown) shown.textContent = String(Object.keys(visible).length);
  }

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  apply();
})();
