/* Force-directed graph of entities linked by shared events, drawn as SVG (vanilla JS). */
"use strict";
(function () {
  var box = document.getElementById("graph");
  var data = VNG.readJSON("graph-data");
  if (!box || !data || !Array.isArray(data.nodes)) return;
  var nodes = data.nodes.slice(0, 300).map(function (n, i) {
    var a = 2 * Math.PI * i / Math.max(1, data.nodes.length);
    return { id: n.id, name: n.name, type: n.type, weight: +n.weight || 1,
             x: Math.cos(a) * 150 + (i % 7), y: Math.sin(a) * 150 + (i % 5), vx: 0, vy: 0 };
  });
  var index = {};
  nodes.forEach(function (n, i) { index[n.id] = i; });
  var edges = (data.edges || []).filter(function (e) {
    return index[e.source] !== undefined && index[e.target] !== undefined && e.source !== e.target;
  }).map(function (e) { return { s: index[e.source], t: index[e.target], w: +e.weight || 1 }; });

  if (!nodes.length) {
    box.textContent = "Chưa có quan hệ nào.";
    box.setAttribute("data-rendered", "empty");
    return;
  }
  // Simple force layout: repulsion between all pairs, springs on edges, gravity to the centre.
  var iterations = 300, k = 90;
  for (var it = 0; it < iterations; it++) {
    var cool = 1 - it / iterations;
    for (var i = 0; i < nodes.length; i++) {
      for (var j = i + 1; j < nodes.length; j++) {
        var dx = nodes[i].x - nodes[j].x, dy = nodes[i].y - nodes[j].y;
        var d2 = dx * dx + dy * dy + 0.01, f = (k * k) / d2;
        nodes[i].vx += dx * f * 0.05; nodes[i].vy += dy * f * 0.05;
        nodes[j].vx -= dx * f * 0.05; nodes[j].vy -= dy * f * 0.05;
      }
    }
    edges.forEach(function (e) {
      var a = nodes[e.s], b = nodes[e.t];
      var dx = b.x - a.x, dy = b.y - a.y, d = Math.sqrt(dx * dx + dy * dy) + 0.01;
      var f = (d - k) * 0.02 * Math.min(3, e.w);
      a.vx += dx / d * f; a.vy += dy / d * f; b.vx -= dx / d * f; b.vy -= dy / d * f;
    });
    nodes.forEach(function (n) {
      n.vx -= n.x * 0.01; n.vy -= n.y * 0.01;
      var v = Math.sqrt(n.vx * n.vx + n.vy * n.vy), max = 20 * cool + 0.5;
      if (v > max) { n.vx *= max / v; n.vy *= max / v; }
      n.x += n.vx; n.y += n.vy; n.vx *= 0.5; n.vy *= 0.5;
    });
  }
  function bounds() {
    var b = { minX: Infinity, maxX: -Infinity, minY: Infinity, maxY: -Infinity };
    nodes.forEach(function (n) {
      b.minX = Math.min(b.minX, n.x); b.maxX = Math.max(b.maxX, n.x);
      b.minY = Math.min(b.minY, n.y); b.maxY = Math.max(b.maxY, n.y);
    });
    return b;
  }
  // Stretch the layout to the box's shape, so that it fills the width.
  var boxW = box.clientWidth || 800, boxH = box.clientHeight || 420;
  var b0 = bounds(), w0 = (b0.maxX - b0.minX) || 1, h0 = (b0.maxY - b0.minY) || 1;
  var stretch = Math.min(2.5, Math.max(1, (boxW / boxH) / (w0 / h0)));
  nodes.forEach(function (n) { n.x *= stretch; });
  var b = bounds(), pad = 40;
  var vbW = (b.maxX - b.minX) + 2 * pad + 160, vbH = (b.maxY - b.minY) + 2 * pad;
  var svg = VNG.el("svg", { viewBox: (b.minX - pad) + " " + (b.minY - pad) + " " + vbW + " " + vbH,
                            role: "img", "aria-label": "Đồ thị quan hệ" }, box);
  // Keep labels and dots a constant size on screen whatever the layout's extent.
  var scale = 1 / Math.min(boxW / vbW, boxH / vbH);
  var maxW = Math.max.apply(null, nodes.map(function (n) { return n.weight; }));
  edges.forEach(function (e) {
    VNG.el("line", { "class": "edge", x1: nodes[e.s].x, y1: nodes[e.s].y, x2: nodes[e.t].x, y2: nodes[e.t].y,
                     "stroke-width": Math.min(6, 0.8 + e.w) * scale }, svg);
  });
  nodes.forEach(function (n) {
    var target = VNG.href("entities", n.id);
    var g = VNG.el(target ? "a" : "g", { "class": "node" }, svg);
    if (target) g.setAttribute("href", target);
    var r = (5 + 8 * Math.sqrt(n.weight / (maxW || 1))) * scale;
    VNG.el("circle", { cx: n.x, cy: n.y, r: r, fill: VNG.colors[n.type] || "#666" }, g);
    var t = VNG.el("text", { x: n.x + r + 3 * scale, y: n.y + 4 * scale, "font-size": 12 * scale }, g);
    t.textContent = VNG.label(n.name, 32);
    var title = VNG.el("title", {}, g);
    title.textContent = String(n.name) + " (" + String(n.type) + ")";
  });
  box.setAttribute("data-rendered", "true");
})();
