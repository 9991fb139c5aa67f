/* Timeline of events: dots on a date axis, drawn as SVG (vanilla JS). */
"use strict";
(function () {
  var box = document.getElementById("timeline");
  var items = VNG.readJSON("timeline-data");
  if (!box || !Array.isArray(items)) return;
  function parse(d) {
    if (typeof d !== "string") return null;
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(d);
    if (!m) return null;
    return Date.UTC(+m[1], m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1);
  }
  var dated = items.map(function (ev) { return { ev: ev, t: parse(ev.date) }; })
                   .filter(function (x) { return x.t !== null; })
                   .sort(function (a, b) { return a.t - b.t; });
  if (!dated.length) {
    box.textContent = "Chưa có sự kiện có ngày tháng.";
    box.setAttribute("data-rendered", "empty");
    return;
  }
  var width = 1000, height = 150, left = 60, right = 60, axisY = 80;
  var t0 = dated[0].t, t1 = dated[dated.length - 1].t;
  if (t1 === t0) { t0 -= 15 * 864e5; t1 += 15 * 864e5; }
  function x(t) { return left + (width - left - right) * (t - t0) / (t1 - t0); }
  var svg = VNG.el("svg", { viewBox: "0 0 " + width + " " + height, role: "img", "aria-label": "Dòng thời gian" }, box);
  VNG.el("line", { "class": "axis", x1: left, y1: axisY, x2: width - right, y2: axisY }, svg);
  [t0, t1].forEach(function (t, i) {
    var lab = VNG.el("text", { x: x(t), y: axisY + 34, "text-anchor": i ? "end" : "start", "class": "tick" }, svg);
    lab.textContent = new Date(t).toISOString().slice(0, 10);
  });
  var lastX = -1e9, row = 0;
  dated.forEach(function (d) {
    var ev = d.ev, cx = x(d.t);
    row = (cx - lastX < 90) ? (row + 1) % 3 : 0;
    lastX = cx;
    var target = VNG.href("events", ev.id);
    var g = VNG.el(target ? "a" : "g", { "class": "tl-event" }, svg);
    if (target) g.setAttribute("href", target);
    VNG.el("circle", { "class": "dot", cx: cx, cy: axisY, r: 6 }, g);
    var lab = VNG.el("text", { x: cx, y: axisY - 14 - row * 16, "text-anchor": "middle" }, g);
    lab.textContent = VNG.label(ev.type + (ev.date ? " " + ev.date.slice(5) : ""), 22);
    var title = VNG.el("title", {}, g);
    var names = (ev.participants || []).map(function (p) { return p && p.name; }).filter(Boolean).join(", ");
    title.textContent = String(ev.date) + " · " + String(ev.type) + (names ? " · " + names : "");
  });
  box.setAttribute("data-rendered", "true");
})();
