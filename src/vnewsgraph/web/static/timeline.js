/* Timeline of events: one column per date on an axis, one dot per event (coloured by type), drawn as SVG. */
"use strict";
(function () {
  var box = document.getElementById("timeline");
  var items = VNG.readJSON("timeline-data");
  if (!box || !Array.isArray(items)) return;
  var TYPE_COLORS = { VISIT: "#1d5fa8", MEETING: "#7b3fa8", AGREEMENT: "#c26a00", AID: "#1f8a5b",
                      STATEMENT: "#5f6368", OTHER: "#999" };
  var dated = items.filter(function (ev) { return ev && typeof ev.date === "string" && /^\d{4}/.test(ev.date); })
                   .sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
  if (!dated.length) {
    box.textContent = "Chưa có sự kiện có ngày tháng.";
    box.setAttribute("data-rendered", "empty");
    return;
  }
  var columns = [];
  dated.forEach(function (ev) {
    var last = columns[columns.length - 1];
    if (last && last.date === ev.date) last.events.push(ev); else columns.push({ date: ev.date, events: [ev] });
  });
  var maxStack = Math.max.apply(null, columns.map(function (c) { return c.events.length; }));
  var step = 22, left = 50, right = 50, top = 40, legendH = 26;
  var width = Math.max(600, Math.min(1100, left + right + columns.length * 90));
  var axisY = top + maxStack * step;
  var height = axisY + 46 + legendH;
  var span = columns.length > 1 ? (width - left - right) / (columns.length - 1) : 0;
  var svg = VNG.el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "Dòng thời gian",
                            style: "max-width:" + width + "px" }, box);
  VNG.el("line", { "class": "axis", x1: left - 20, y1: axisY, x2: width - right + 20, y2: axisY }, svg);
  columns.forEach(function (col, i) {
    var cx = columns.length > 1 ? left + i * span : width / 2;
    VNG.el("line", { "class": "axis", x1: cx, y1: axisY, x2: cx, y2: axisY + 5 }, svg);
    var lab = VNG.el("text", { x: cx, y: axisY + 20, "text-anchor": "middle", "class": "tick" }, svg);
    lab.textContent = col.date;
    col.events.forEach(function (ev, j) {
      var target = VNG.href("events", ev.id);
      var g = VNG.el(target ? "a" : "g", { "class": "tl-event" }, svg);
      if (target) g.setAttribute("href", target);
      VNG.el("circle", { "class": "dot", cx: cx, cy: axisY - 12 - j * step, r: 8,
                         fill: TYPE_COLORS[ev.type] || TYPE_COLORS.OTHER }, g);
      var title = VNG.el("title", {}, g);
      var names = (ev.participants || []).map(function (p) { return p && p.name; }).filter(Boolean).join(", ");
      title.textContent = String(ev.date) + " · " + String(ev.type) + (names ? " · " + names : "");
    });
  });
  var lx = left - 20;
  Object.keys(TYPE_COLORS).forEach(function (t) {
    if (!dated.some(function (ev) { return ev.type === t; })) return;
    VNG.el("circle", { cx: lx + 6, cy: height - 12, r: 6, fill: TYPE_COLORS[t] }, svg);
    var lt = VNG.el("text", { x: lx + 16, y: height - 8, "class": "tick" }, svg);
    lt.textContent = t;
    lx += 26 + t.length * 8;
  });
  box.setAttribute("data-rendered", "true");
})();
