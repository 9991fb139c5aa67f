/* Small shared helpers for the vendored-free graph and timeline (no external code). */
"use strict";
var VNG = (function () {
  var SVG_NS = "http://www.w3.org/2000/svg";
  var ID_RE = /^[A-Za-z0-9][A-Za-z0-9_.:\-]{0,127}$/;
  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG_NS, name);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, String(attrs[k])); });
    if (parent) parent.appendChild(node);
    return node;
  }
  function readJSON(id) {
    var tag = document.getElementById(id);
    if (!tag) return null;
    try { return JSON.parse(tag.textContent || "null"); } catch (e) { return null; }
  }
  function href(section, id) {
    return (typeof id === "string" && ID_RE.test(id)) ? "/" + section + "/" + encodeURIComponent(id).replace(/%3A/g, ":") : null;
  }
  function label(text, max) {
    text = String(text == null ? "" : text);
    return text.length > max ? text.slice(0, max - 1) + "…" : text;
  }
  var COLORS = { PERSON: "#b3261e", ORGANIZATION: "#1d5fa8", LOCATION: "#2e7d32", MISC: "#7b5ea7" };
  return { el: el, readJSON: readJSON, href: href, label: label, colors: COLORS };
})();
