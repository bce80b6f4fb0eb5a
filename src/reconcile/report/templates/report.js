(function () {
  "use strict";
  var facts = Array.prototype.slice.call(document.querySelectorAll("details.fact"));
  var boxes = Array.prototype.slice.call(document.querySelectorAll("input[name=status]"));
  var kind = document.getElementById("filter-kind");
  var source = document.getElementById("filter-source");
  var shown = document.getElementById("filter-shown");

  function apply() {
    var statuses = {};
    boxes.forEach(function (box) { statuses[box.value] = box.checked; });
    var count = 0;
    facts.forEach(function (fact) {
      var ok = statuses[fact.dataset.status] !== false
        && (!kind || !kind.value || fact.dataset.kind === kind.value)
        && (!source || !source.value
            || (" " + fact.dataset.sources + " ").indexOf(" " + source.value + " ") >= 0);
      fact.hidden = !ok;
      if (ok) { count += 1; }
    });
    if (shown) { shown.textContent = count + " of " + facts.length + " facts shown"; }
  }

  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    var fact = target.closest("details.fact");
    if (fact && fact.hidden) {
      boxes.forEach(function (box) { box.checked = true; });
      if (kind) { kind.value = ""; }
      if (source) { source.value = ""; }
      apply();
    }
    for (var node = target; node; node = node.parentElement) {
      if (node.tagName === "DETAILS") { node.open = true; }
    }
    target.scrollIntoView({block: "center"});
  }

  boxes.forEach(function (box) { box.addEventListener("change", apply); });
  if (kind) { kind.addEventListener("change", apply); }
  if (source) { source.addEventListener("change", apply); }
  window.addEventListener("hashchange", reveal);
  apply();
  reveal();
})();
