// PaperGraph explorer: draws the exported graph on a canvas with the layout computed by the exporter.
// No dependencies, no network. Data: the JSON in #pg-data (docs/exports.md).
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("pg-data").textContent);
  var nodes = data.nodes;
  var edges = data.edges;
  var kinds = data.kinds;
  var types = data.types;
  var PAPER = 0;
  var EXPLAINABLE = { PROPOSES: true, USES: true, EVALUATES_ON: true, ADDRESSES: true, IS_A: true };
  var TYPE_COLORS = {
    PROPOSES: "rgba(78,121,167,0.45)", USES: "rgba(120,120,120,0.28)", EVALUATES_ON: "rgba(89,161,79,0.40)",
    ADDRESSES: "rgba(242,142,43,0.40)", IS_A: "rgba(225,87,89,0.55)", CO_OCCURS: "rgba(150,150,150,0.16)",
    APPLIES: "rgba(176,122,161,0.35)", EVALUATED_ON: "rgba(89,161,79,0.30)", PART_OF: "rgba(78,121,167,0.55)",
    COMPARED_WITH: "rgba(237,201,72,0.55)", EXTENDS: "rgba(118,183,178,0.55)"
  };
  // A relationship type added later still gets drawn and listed, in a neutral colour.
  var FALLBACK_COLOR = "rgba(120,120,120,0.30)";

  // ---- model -------------------------------------------------------------------------------------------------
  var incident = nodes.map(function () { return []; });
  edges.forEach(function (edge, index) {
    incident[edge[0]].push(index);
    if (edge[1] !== edge[0]) { incident[edge[1]].push(index); }
  });
  var edgesByType = types.map(function () { return []; });
  edges.forEach(function (edge, index) { edgesByType[edge[2]].push(index); });
  var hasPapers = nodes.some(function (node) { return node.k === PAPER; });
  var kindVisible = kinds.map(function () { return true; });
  // CO_OCCURS summarises papers; with papers drawn it only adds clutter, so it starts hidden.
  var typeVisible = types.map(function (type) { return !(hasPapers && type === "CO_OCCURS"); });
  nodes.forEach(function (node) {
    node.search = [node.n, node.key].concat(node.a || [], node.lf ? [node.lf] : []).join("\n").toLowerCase();
  });
  var byLabelPriority = nodes.map(function (_, i) { return i; }).sort(function (a, b) {
    return (nodes[b].k !== PAPER) - (nodes[a].k !== PAPER) || nodes[b].p - nodes[a].p || a - b;
  });

  var selected = -1;
  var pathEnds = [-1, -1];
  var pathNodes = null;   // Set of node indices on the highlighted path
  var pathEdges = null;   // Set of edge indices on the highlighted path
  var searchHits = [];

  // ---- spatial index for hit testing ---------------------------------------------------------------------------
  var CELL = 40;
  var grid = new Map();
  nodes.forEach(function (node, i) {
    var key = Math.floor(node.x / CELL) + "," + Math.floor(node.y / CELL);
    if (!grid.has(key)) { grid.set(key, []); }
    grid.get(key).push(i);
  });

  // ---- view ----------------------------------------------------------------------------------------------------
  var canvas = document.getElementById("graph");
  var context = canvas.getContext("2d");
  var view = { scale: 1, x: 0, y: 0 };  // screen = world * scale + (x, y), in CSS pixels
  var width = 0, height = 0, ratio = 1;
  var frameRequested = false;

  function resize() {
    var box = canvas.getBoundingClientRect();
    ratio = window.devicePixelRatio || 1;
    width = Math.max(1, box.width);
    height = Math.max(1, box.height);
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    requestDraw();
  }

  function fit() {
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    nodes.forEach(function (node) {
      if (!isVisible(node)) { return; }
      minX = Math.min(minX, node.x - node.r); maxX = Math.max(maxX, node.x + node.r);
      minY = Math.min(minY, node.y - node.r); maxY = Math.max(maxY, node.y + node.r);
    });
    if (minX === Infinity) { minX = minY = -100; maxX = maxY = 100; }
    var scale = Math.min(width / (maxX - minX + 40), height / (maxY - minY + 40));
    view.scale = Math.min(Math.max(scale, 0.01), 4);
    view.x = width / 2 - view.scale * (minX + maxX) / 2;
    view.y = height / 2 - view.scale * (minY + maxY) / 2;
    requestDraw();
  }

  function centreOn(index, scale) {
    var node = nodes[index];
    if (scale) { view.scale = scale; }
    view.x = width / 2 - view.scale * node.x;
    view.y = height / 2 - view.scale * node.y;
    requestDraw();
  }

  function zoomAt(factor, sx, sy) {
    var scale = Math.min(Math.max(view.scale * factor, 0.01), 40);
    var wx = (sx - view.x) / view.scale, wy = (sy - view.y) / view.scale;
    view.scale = scale;
    view.x = sx - wx * scale;
    view.y = sy - wy * scale;
    requestDraw();
  }

  function isVisible(node) { return kindVisible[node.k]; }

  function requestDraw() {
    if (!frameRequested) {
      frameRequested = true;
      window.requestAnimationFrame(draw);
    }
  }

  // ---- drawing -------------------------------------------------------------------------------------------------
  var stats = { frames: 0, lastDrawMs: 0, drawnNodes: 0, drawnEdges: 0 };

  function draw() {
    frameRequested = false;
    var started = performance.now();
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    context.fillStyle = "#fbfbfa";
    context.fillRect(0, 0, width, height);
    var s = view.scale, ox = view.x, oy = view.y;
    var margin = 50;
    function onScreen(node) {
      var sx = node.x * s + ox, sy = node.y * s + oy, r = node.r * s + margin;
      return sx > -r && sx < width + r && sy > -r && sy < height + r;
    }
    var focus = selected >= 0 ? selected : -1;
    var dimmed = pathNodes !== null;

    // Edges, batched by type: one path per colour.
    var drawnEdges = 0;
    context.lineWidth = Math.min(1, Math.max(0.4, s));
    for (var t = 0; t < types.length; t++) {
      if (!typeVisible[t]) { continue; }
      context.beginPath();
      var ofType = edgesByType[t];
      for (var e = 0; e < ofType.length; e++) {
        var edge = edges[ofType[e]];
        var a = nodes[edge[0]], b = nodes[edge[1]];
        if (!isVisible(a) || !isVisible(b) || (!onScreen(a) && !onScreen(b))) { continue; }
        context.moveTo(a.x * s + ox, a.y * s + oy);
        context.lineTo(b.x * s + ox, b.y * s + oy);
        drawnEdges++;
      }
      context.strokeStyle = dimmed ? "rgba(190,190,190,0.15)" : TYPE_COLORS[types[t]] || "rgba(120,120,120,0.3)";
      context.stroke();
    }
    // The selected node's edges and the path's edges on top.
    function strokeEdges(list, style, lineWidth) {
      context.beginPath();
      list.forEach(function (e) {
        var edge = edges[e], a = nodes[edge[0]], b = nodes[edge[1]];
        if (!isVisible(a) || !isVisible(b)) { return; }
        context.moveTo(a.x * s + ox, a.y * s + oy);
        context.lineTo(b.x * s + ox, b.y * s + oy);
      });
      context.strokeStyle = style;
      context.lineWidth = lineWidth;
      context.stroke();
    }
    if (focus >= 0 && !dimmed) {
      strokeEdges(incident[focus].filter(function (e) { return typeVisible[edges[e][2]]; }), "rgba(40,40,40,0.55)", 1.2);
    }
    if (pathEdges) { strokeEdges(Array.from(pathEdges), "#d4a000", 3.5); }

    // Nodes, batched by kind.
    var drawnNodes = 0;
    for (var k = 0; k < kinds.length; k++) {
      if (!kindVisible[k]) { continue; }
      context.beginPath();
      for (var i = 0; i < nodes.length; i++) {
        var node = nodes[i];
        if (node.k !== k || !onScreen(node)) { continue; }
        var r = Math.max(node.r * s, 1.5);
        var x = node.x * s + ox, y = node.y * s + oy;
        context.moveTo(x + r, y);
        context.arc(x, y, r, 0, 2 * Math.PI);
        drawnNodes++;
      }
      context.fillStyle = kinds[k].color;
      context.globalAlpha = dimmed ? 0.25 : 1;
      context.fill();
      context.globalAlpha = 1;
    }
    var emphasised = [];
    if (pathNodes) { pathNodes.forEach(function (i) { emphasised.push(i); }); }
    searchHits.forEach(function (i) { emphasised.push(i); });
    if (focus >= 0) { emphasised.push(focus); }
    emphasised.forEach(function (i) {
      var node = nodes[i];
      if (!isVisible(node)) { return; }
      var r = Math.max(node.r * s, 3);
      context.beginPath();
      context.arc(node.x * s + ox, node.y * s + oy, r, 0, 2 * Math.PI);
      context.fillStyle = kinds[node.k].color;
      context.fill();
      context.lineWidth = i === focus ? 3 : 2;
      context.strokeStyle = i === focus ? "#111" : "#d4a000";
      context.stroke();
    });

    // Labels: the emphasised ones, then the biggest nodes that are large enough on screen, within a budget.
    context.font = "12px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
    context.textBaseline = "middle";
    context.lineWidth = 3;
    context.strokeStyle = "rgba(251,251,250,0.9)";
    var budget = 250;
    var labelled = new Set();
    var placed = [];  // label boxes already drawn: a label that would overlap one is left out
    function label(i, bold) {
      var node = nodes[i];
      if (labelled.has(i) || !isVisible(node) || !onScreen(node)) { return; }
      var text = node.n.length > 48 ? node.n.slice(0, 47) + "…" : node.n;
      var x = node.x * s + ox + Math.max(node.r * s, 2) + 3, y = node.y * s + oy;
      context.font = (bold ? "bold " : "") + "12px system-ui, -apple-system, 'Segoe UI', Roboto, 'DejaVu Sans', sans-serif";
      var box = [x - 2, y - 8, x + context.measureText(text).width + 2, y + 8];
      if (!bold && placed.some(function (other) {
        return box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3];
      })) { return; }
      placed.push(box);
      labelled.add(i);
      context.strokeText(text, x, y);
      context.fillStyle = "#222";
      context.fillText(text, x, y);
    }
    emphasised.forEach(function (i) { label(i, true); });
    for (var p = 0; p < byLabelPriority.length && labelled.size < budget && p < 4 * budget; p++) {
      var index = byLabelPriority[p];
      if (nodes[index].r * s >= 7 || (nodes[index].k !== PAPER && s > 2.5)) { label(index, false); }
    }

    stats.frames++;
    stats.drawnNodes = drawnNodes;
    stats.drawnEdges = drawnEdges;
    stats.lastDrawMs = performance.now() - started;
  }

  // ---- hit testing ---------------------------------------------------------------------------------------------
  function nodeAt(sx, sy) {
    var wx = (sx - view.x) / view.scale, wy = (sy - view.y) / view.scale;
    var slack = 4 / view.scale;
    var best = -1, bestDistance = Infinity;
    var cx = Math.floor(wx / CELL), cy = Math.floor(wy / CELL);
    var reach = Math.ceil((slack + 40) / CELL);
    for (var gx = cx - reach; gx <= cx + reach; gx++) {
      for (var gy = cy - reach; gy <= cy + reach; gy++) {
        var members = grid.get(gx + "," + gy);
        if (!members) { continue; }
        for (var m = 0; m < members.length; m++) {
          var i = members[m], node = nodes[i];
          if (!isVisible(node)) { continue; }
          var distance = Math.hypot(node.x - wx, node.y - wy);
          var radius = Math.max(node.r, 1.5 / view.scale) + slack;
          if (distance <= radius && distance < bestDistance) { best = i; bestDistance = distance; }
        }
      }
    }
    return best;
  }

  // ---- paths ---------------------------------------------------------------------------------------------------
  // The best path over the visible graph, as `papergraph path` defines it: Dijkstra over the edge costs the exporter
  // wrote (fewest hops, then best attested, then lowest edge ids; Query/PathCost.cs), through paper and IS_A edges.
  var costs = data.costs || [];
  function shortestPath(from, to, explainableOnly) {
    var distance = new Map([[from, 0]]);
    var previous = new Map([[from, -1]]);
    var done = new Set();
    var heap = [[0, from]];
    function push(item) {
      heap.push(item);
      for (var i = heap.length - 1; i > 0;) {
        var parent = (i - 1) >> 1;
        if (!less(heap[i], heap[parent])) { break; }
        var swap = heap[i]; heap[i] = heap[parent]; heap[parent] = swap; i = parent;
      }
    }
    function pop() {
      var top = heap[0], last = heap.pop();
      if (heap.length > 0) {
        heap[0] = last;
        for (var i = 0; ;) {
          var l = 2 * i + 1, r = l + 1, m = i;
          if (l < heap.length && less(heap[l], heap[m])) { m = l; }
          if (r < heap.length && less(heap[r], heap[m])) { m = r; }
          if (m === i) { break; }
          var swap = heap[i]; heap[i] = heap[m]; heap[m] = swap; i = m;
        }
      }
      return top;
    }
    function less(a, b) { return a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]); }
    while (heap.length > 0) {
      var item = pop();
      var node = item[1];
      if (done.has(node)) { continue; }
      done.add(node);
      if (node === to) { break; }
      var list = incident[node];
      for (var j = 0; j < list.length; j++) {
        var edge = edges[list[j]];
        if (!edgeVisibleForPath(edge, explainableOnly)) { continue; }
        var other = edge[0] === node ? edge[1] : edge[0];
        if (done.has(other)) { continue; }
        var reached = item[0] + (costs[list[j]] === undefined ? 1 : costs[list[j]]);
        if (!distance.has(other) || reached < distance.get(other)) {
          distance.set(other, reached);
          previous.set(other, list[j]);
          push([reached, other]);
        }
      }
    }
    if (!done.has(to)) { return null; }
    var hops = [];
    for (var current = to; current !== from;) {
      var e = previous.get(current);
      var edge2 = edges[e];
      var back = edge2[0] === current ? edge2[1] : edge2[0];
      hops.push({ from: back, edge: e, to: current });
      current = back;
    }
    return hops.reverse();
  }

  function edgeVisibleForPath(edge, explainableOnly) {
    if (!isVisible(nodes[edge[0]]) || !isVisible(nodes[edge[1]])) { return false; }
    return explainableOnly ? EXPLAINABLE[types[edge[2]]] === true : true;
  }

  function updatePath() {
    var section = document.getElementById("path");
    pathNodes = pathEdges = null;
    clear(section);
    if (pathEnds[0] < 0 && pathEnds[1] < 0) { section.hidden = true; requestDraw(); return; }
    section.hidden = false;
    section.appendChild(element("h2", null, "Path"));
    var ends = element("p");
    ends.appendChild(pathEnds[0] >= 0 ? nodeLink(pathEnds[0]) : text("(choose a start)"));
    ends.appendChild(text(" → "));
    ends.appendChild(pathEnds[1] >= 0 ? nodeLink(pathEnds[1]) : text("(shift-click an end)"));
    section.appendChild(ends);
    if (pathEnds[0] >= 0 && pathEnds[1] >= 0) {
      var hops = shortestPath(pathEnds[0], pathEnds[1], true) || shortestPath(pathEnds[0], pathEnds[1], false);
      if (!hops) {
        section.appendChild(element("p", "hint", "No connection among the visible nodes."));
      } else {
        pathNodes = new Set([pathEnds[0]]);
        pathEdges = new Set();
        var list = element("ol", "hops");
        hops.forEach(function (hop) {
          pathNodes.add(hop.to);
          pathEdges.add(hop.edge);
          var item = element("li");
          item.appendChild(nodeLink(hop.from));
          item.appendChild(text(" —" + types[edges[hop.edge][2]] + "— "));
          item.appendChild(nodeLink(hop.to));
          var evidence = edges[hop.edge][4];
          if (evidence && evidence.length) { item.appendChild(evidenceBlock(evidence[0])); }
          list.appendChild(item);
        });
        section.appendChild(element("p", "count", hops.length + (hops.length === 1 ? " hop" : " hops")));
        section.appendChild(list);
      }
    }
    var actions = element("div", "actions");
    actions.appendChild(button("Clear path", function () { pathEnds = [-1, -1]; updatePath(); }));
    section.appendChild(actions);
    requestDraw();
  }

  // ---- DOM helpers (text only: data never becomes markup) ------------------------------------------------------
  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = String(content); }
    return node;
  }
  function text(value) { return document.createTextNode(value); }
  function clear(node) { while (node.firstChild) { node.removeChild(node.firstChild); } }
  function button(label, action) {
    var control = element("button", null, label);
    control.type = "button";
    control.addEventListener("click", action);
    return control;
  }
  function nodeLink(index) {
    var link = button(nodes[index].n, function () { select(index, true); });
    link.className = "link";
    link.title = kinds[nodes[index].k].name;
    return link;
  }
  function kindBadge(node) {
    var badge = element("span", "kind", kinds[node.k].name);
    badge.style.background = kinds[node.k].color;
    return badge;
  }
  // One evidence sentence with its mentions marked.
  function evidenceBlock(item) {
    var block = element("p", "evidence");
    var sentence = item[2], mentions = item[3], position = 0;
    var lower = sentence.toLowerCase();
    var marks = [];
    mentions.forEach(function (mention) {
      var at = lower.indexOf(mention.toLowerCase());
      if (at >= 0 && mention.length > 0) { marks.push([at, at + mention.length]); }
    });
    marks.sort(function (a, b) { return a[0] - b[0]; });
    marks.forEach(function (mark) {
      if (mark[0] < position) { return; }
      block.appendChild(text(sentence.slice(position, mark[0])));
      block.appendChild(element("mark", null, sentence.slice(mark[0], mark[1])));
      position = mark[1];
    });
    block.appendChild(text(sentence.slice(position)));
    if (item[0] === "title") { block.appendChild(element("span", "count", "  (title)")); }
    return block;
  }

  // ---- details panel -------------------------------------------------------------------------------------------
  function showDetails(index) {
    var panel = document.getElementById("details");
    clear(panel);
    if (index < 0) {
      panel.appendChild(element("p", "hint", "Click a node, or search for one, to see its aliases, papers and evidence."));
      return;
    }
    var node = nodes[index];
    var heading = element("h2", "name", node.n);
    panel.appendChild(heading);
    panel.appendChild(kindBadge(node));
    var facts = element("dl");
    function fact(name, value) {
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) { return; }
      facts.appendChild(element("dt", null, name));
      facts.appendChild(element("dd", null, Array.isArray(value) ? value.join(", ") : value));
    }
    if (node.k === PAPER) {
      fact("id", node.key);
      fact("dates", node.d);
    } else {
      fact("key", node.key);
      fact("aliases", node.a);
      fact("long form", node.lf);
      fact("papers", node.p);
      fact("proposed in", node.pr);
      fact("broader", node.pa);
    }
    panel.appendChild(facts);
    var actions = element("div", "actions");
    actions.appendChild(button("Path from here", function () { pathEnds[0] = index; updatePath(); }));
    actions.appendChild(button("Path to here", function () { pathEnds[1] = index; updatePath(); }));
    actions.appendChild(button("Centre", function () { centreOn(index, Math.max(view.scale, 1.5)); }));
    panel.appendChild(actions);

    var paperEdges = [], related = [];
    incident[index].forEach(function (e) {
      var edge = edges[e], other = edge[0] === index ? edge[1] : edge[0];
      if (nodes[other].k === PAPER || node.k === PAPER) { paperEdges.push([e, other]); } else { related.push([e, other]); }
    });
    if (node.k === PAPER) {
      panel.appendChild(element("h2", null, "Entities (" + paperEdges.length + ")"));
    } else {
      panel.appendChild(element("h2", null, "Papers (" + (hasPapers ? paperEdges.length : node.p) + ")"));
      if (!hasPapers) { panel.appendChild(element("p", "hint", "Paper nodes were not exported (add paper to --kinds).")); }
    }
    var list = element("ul", "papers");
    paperEdges.sort(function (a, b) { return nodes[a[1]].n.localeCompare(nodes[b[1]].n); });
    paperEdges.forEach(function (pair) {
      var edge = edges[pair[0]];
      var item = element("li");
      item.appendChild(nodeLink(pair[1]));
      item.appendChild(element("span", "count", "  " + types[edge[2]]));
      (edge[4] || []).slice(0, 3).forEach(function (evidence) { item.appendChild(evidenceBlock(evidence)); });
      list.appendChild(item);
    });
    panel.appendChild(list);
    if (related.length) {
      related.sort(function (a, b) { return edges[b[0]][3] - edges[a[0]][3] || a[1] - b[1]; });
      panel.appendChild(element("h2", null, "Related (" + related.length + ")"));
      var relatedList = element("ul");
      related.slice(0, 30).forEach(function (pair) {
        var item = element("li");
        item.appendChild(nodeLink(pair[1]));
        item.appendChild(element("span", "count", "  " + types[edges[pair[0]][2]] + " ×" + edges[pair[0]][3]));
        relatedList.appendChild(item);
      });
      panel.appendChild(relatedList);
    }
  }

  function select(index, centre) {
    selected = index;
    showDetails(index);
    if (index >= 0 && centre) { centreOn(index, Math.max(view.scale, 1.5)); }
    requestDraw();
  }

  // ---- search --------------------------------------------------------------------------------------------------
  var searchInput = document.getElementById("search");
  var suggestions = document.getElementById("suggestions");
  function runSearch() {
    var query = searchInput.value.trim().toLowerCase();
    clear(suggestions);
    searchHits = [];
    if (query.length === 0) { requestDraw(); return; }
    var hits = [];
    for (var i = 0; i < nodes.length; i++) {
      var node = nodes[i];
      if (!isVisible(node)) { continue; }
      var at = node.search.indexOf(query);
      if (at < 0) { continue; }
      var name = node.n.toLowerCase();
      var rank = name === query ? 0 : node.search.split("\n").indexOf(query) >= 0 ? 1 : name.indexOf(query) === 0 ? 2 : 3;
      hits.push([rank, -node.p, i]);
    }
    hits.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1] || a[2] - b[2]; });
    searchHits = hits.slice(0, 12).map(function (hit) { return hit[2]; });
    searchHits.forEach(function (index) {
      var item = element("li");
      var choice = button("", function () { choose(index); });
      choice.appendChild(kindBadge(nodes[index]));
      choice.appendChild(text(" " + nodes[index].n));
      choice.setAttribute("data-node", String(index));
      item.appendChild(choice);
      suggestions.appendChild(item);
    });
    if (hits.length > searchHits.length) {
      suggestions.appendChild(element("li", "count", "… and " + (hits.length - searchHits.length) + " more"));
    }
    requestDraw();
  }
  function choose(index) {
    clear(suggestions);
    searchHits = [];
    select(index, true);
  }
  searchInput.addEventListener("input", runSearch);
  searchInput.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && searchHits.length) { event.preventDefault(); choose(searchHits[0]); }
    if (event.key === "Escape") { searchInput.value = ""; runSearch(); }
  });

  // ---- filters and legend --------------------------------------------------------------------------------------
  function checkboxList(container, names, visible, colors, counts, onChange) {
    names.forEach(function (name, i) {
      if (counts[i] === 0) { return; }
      var item = element("li");
      var label = element("label");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.checked = visible[i];
      box.setAttribute("data-filter", name);
      box.addEventListener("change", function () { visible[i] = box.checked; onChange(); });
      label.appendChild(box);
      var swatch = element("span", "swatch");
      swatch.style.background = colors[i];
      label.appendChild(swatch);
      label.appendChild(text(name + " "));
      label.appendChild(element("span", "count", counts[i].toLocaleString("en")));
      item.appendChild(label);
      container.appendChild(item);
    });
  }
  var kindCounts = kinds.map(function () { return 0; });
  nodes.forEach(function (node) { kindCounts[node.k]++; });
  var typeCounts = types.map(function () { return 0; });
  edges.forEach(function (edge) { typeCounts[edge[2]]++; });
  function filtersChanged() {
    if (selected >= 0 && !isVisible(nodes[selected])) { select(-1, false); }
    runSearch();
    updatePath();
  }
  checkboxList(document.getElementById("legend"), kinds.map(function (kind) { return kind.name; }), kindVisible,
    kinds.map(function (kind) { return kind.color; }), kindCounts, filtersChanged);
  checkboxList(document.getElementById("relations"), types, typeVisible,
    types.map(function (type) { return (TYPE_COLORS[type] || FALLBACK_COLOR).replace(/[\d.]+\)$/, "1)"); }), typeCounts, filtersChanged);
  document.getElementById("summary").textContent =
    nodes.length.toLocaleString("en") + " nodes, " + edges.length.toLocaleString("en") + " relationships";

  // ---- pointer -------------------------------------------------------------------------------------------------
  var drag = null;
  canvas.addEventListener("pointerdown", function (event) {
    drag = { x: event.clientX, y: event.clientY, viewX: view.x, viewY: view.y, moved: false };
    canvas.setPointerCapture(event.pointerId);
  });
  canvas.addEventListener("pointermove", function (event) {
    if (!drag) { return; }
    var dx = event.clientX - drag.x, dy = event.clientY - drag.y;
    if (!drag.moved && Math.hypot(dx, dy) < 4) { return; }
    drag.moved = true;
    canvas.classList.add("dragging");
    view.x = drag.viewX + dx;
    view.y = drag.viewY + dy;
    requestDraw();
  });
  canvas.addEventListener("pointerup", function (event) {
    var wasDrag = drag && drag.moved;
    drag = null;
    canvas.classList.remove("dragging");
    if (wasDrag) { return; }
    var box = canvas.getBoundingClientRect();
    var hit = nodeAt(event.clientX - box.left, event.clientY - box.top);
    if (event.shiftKey && hit >= 0) {
      if (pathEnds[0] < 0) { pathEnds[0] = selected >= 0 ? selected : hit; }
      pathEnds[1] = hit;
      updatePath();
      return;
    }
    select(hit, false);
  });
  canvas.addEventListener("wheel", function (event) {
    event.preventDefault();
    var box = canvas.getBoundingClientRect();
    zoomAt(Math.exp(-event.deltaY * 0.0015), event.clientX - box.left, event.clientY - box.top);
  }, { passive: false });
  document.getElementById("zoom-in").addEventListener("click", function () { zoomAt(1.4, width / 2, height / 2); });
  document.getElementById("zoom-out").addEventListener("click", function () { zoomAt(1 / 1.4, width / 2, height / 2); });
  document.getElementById("zoom-fit").addEventListener("click", fit);
  window.addEventListener("resize", function () { resize(); });

  // For scripts and tests: read-only figures and a way to find a node's place on screen.
  window.paperGraph = {
    stats: stats,
    nodeCount: nodes.length,
    edgeCount: edges.length,
    find: function (name) {
      for (var i = 0; i < nodes.length; i++) { if (nodes[i].n === name) { return i; } }
      return -1;
    },
    screenPosition: function (index) {
      return { x: nodes[index].x * view.scale + view.x, y: nodes[index].y * view.scale + view.y };
    }
  };

  resize();
  fit();
})();
