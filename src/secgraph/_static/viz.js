/* secgraph network page (inlined by secgraph.viz.to_html after vis-network).
 *
 * Every string from the graph reaches the DOM through textContent, never innerHTML, and
 * vis-network gets tooltips as DOM elements, so a label written as HTML markup (an img
 * tag with an onerror handler, say) is shown as text and runs nothing. The data comes
 * from the JSON block #graph-data.
 */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("graph-data").textContent);
  var MAX_LIST = 10;
  var MAX_MATCHES = 50;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function empty(value) {
    return value === null || value === undefined || value === "" ||
      (Array.isArray(value) && value.length === 0);
  }

  // rows: [[key, value], ...]; value is a string, a number or an array of strings.
  function infoBox(title, rows) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-title", title));
    rows.forEach(function (pair) {
      var key = pair[0];
      var value = pair[1];
      if (empty(value)) return;
      var row = el("div", "tip-row");
      row.appendChild(el("span", "tip-key", key + ": "));
      if (Array.isArray(value)) {
        var list = el("ul");
        value.slice(0, MAX_LIST).forEach(function (item) {
          list.appendChild(el("li", null, item));
        });
        if (value.length > MAX_LIST) {
          list.appendChild(el("li", null, "\u2026 and " + (value.length - MAX_LIST) + " more"));
        }
        row.appendChild(list);
      } else {
        row.appendChild(el("span", null, value));
      }
      box.appendChild(row);
    });
    return box;
  }

  function nodeInfo(n) {
    return infoBox(n.label, n.info);
  }

  function edgeInfo(e) {
    return infoBox(e.caption, e.info);
  }

  var byId = new Map();
  data.nodes.forEach(function (n) { byId.set(n.id, n); });
  var edgeById = new Map();
  data.edges.forEach(function (e) { edgeById.set(e.id, e); });

  var nodes = new vis.DataSet(data.nodes.map(function (n) {
    var item = {
      id: n.id,
      label: n.label,
      shape: n.shape,
      size: n.size,
      color: n.color,
      title: nodeInfo(n),
      font: { color: "#1f2933" },
      borderWidth: 1
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  var edges = new vis.DataSet(data.edges.map(function (e) {
    return { id: e.id, from: e.from, to: e.to, width: e.width, title: edgeInfo(e) };
  }));

  var container = document.getElementById("network");
  var options = {
    autoResize: true,
    layout: { randomSeed: 42, improvedLayout: data.nodes.length <= 150 },
    nodes: {
      borderWidth: 1,
      font: {
        size: 14,
        face: "system-ui, -apple-system, Segoe UI, DejaVu Sans, sans-serif",
        strokeWidth: 3,
        strokeColor: "#ffffff"
      }
    },
    edges: {
      color: { color: "#9aa5b1", highlight: "#1f2933", hover: "#52606d", opacity: 0.85 },
      smooth: false,
      selectionWidth: 2
    },
    interaction: {
      hover: true,
      tooltipDelay: 120,
      hideEdgesOnDrag: data.nodes.length > 1000,
      keyboard: { enabled: true, bindToWindow: false }
    },
    physics: data.physics ? {
      enabled: true,
      solver: "forceAtlas2Based",
      forceAtlas2Based: { gravitationalConstant: -60, springLength: 110 },
      stabilization: { enabled: true, iterations: 400, updateInterval: 50 }
    } : { enabled: false }
  };
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, options);
  // For tests and for exploring from the browser console.
  window.secgraph = { network: network, nodes: nodes, edges: edges };

  // Ready once drawn with physics settled: the test hooks read the counts back from vis.
  var settled = !data.physics;
  network.once("stabilizationIterationsDone", function () {
    network.setOptions({ physics: false });
    settled = true;
    network.redraw();
  });
  network.on("afterDrawing", function () {
    if (!settled || window.secgraphReady) return;
    window.secgraphCounts = { nodes: nodes.length, edges: edges.length };
    window.secgraphReady = true;
    document.body.setAttribute("data-ready", "true");
  });

  // ---- details panel
  var details = document.getElementById("details");
  function showDetails(box) {
    details.replaceChildren(box);
  }
  network.on("click", function (params) {
    if (params.nodes.length > 0) {
      showDetails(nodeInfo(byId.get(params.nodes[0])));
    } else if (params.edges.length > 0) {
      showDetails(edgeInfo(edgeById.get(params.edges[0])));
    }
  });

  function focusNode(id) {
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: { duration: 400 } });
    showDetails(nodeInfo(byId.get(id)));
  }

  // ---- legend
  var legend = document.getElementById("legend");
  data.legend.forEach(function (entry) {
    var li = el("li");
    var swatch = el("span", "swatch");
    swatch.style.background = entry.color;
    li.appendChild(swatch);
    li.appendChild(el("span", null, entry.text));
    legend.appendChild(li);
  });
  var kinds = document.getElementById("legend-kinds");
  data.kinds.forEach(function (entry) {
    var li = el("li");
    li.appendChild(el("span", "shape", entry.symbol));
    li.appendChild(el("span", null, entry.text));
    kinds.appendChild(li);
  });
  document.getElementById("summary").textContent = data.summary;

  // ---- search / filter
  var input = document.getElementById("search");
  var hideOthers = document.getElementById("hide-others");
  var matchList = document.getElementById("matches");
  var matchCount = document.getElementById("match-count");
  var state = new Map(); // id -> "plain" | "hit" | "dim" | "hidden"
  var DIM = { background: "#eef1f4", border: "#d9e2ec" };
  window.secgraphFilter = { query: "", matches: [] };

  function applyFilter() {
    var query = input.value.trim().toLowerCase();
    var hits = [];
    var updates = [];
    data.nodes.forEach(function (n) {
      var hit = query !== "" && n.label.toLowerCase().indexOf(query) !== -1;
      if (hit) hits.push(n);
      var want = query === "" ? "plain" : hit ? "hit" : hideOthers.checked ? "hidden" : "dim";
      if ((state.get(n.id) || "plain") === want) return;
      state.set(n.id, want);
      updates.push({
        id: n.id,
        hidden: want === "hidden",
        color: want === "dim" ? DIM : n.color,
        font: { color: want === "dim" ? "#c3cbd4" : "#1f2933" },
        borderWidth: want === "hit" ? 4 : 1
      });
    });
    if (updates.length > 0) nodes.update(updates);
    window.secgraphFilter = { query: query, matches: hits.map(function (n) { return n.id; }) };
    matchCount.textContent = query === ""
      ? ""
      : hits.length + " of " + data.nodes.length + " nodes match";
    var items = hits.slice(0, MAX_MATCHES).map(function (n) {
      var li = el("li");
      var button = el("button", null, n.label);
      button.type = "button";
      button.addEventListener("click", function () { focusNode(n.id); });
      li.appendChild(button);
      return li;
    });
    if (hits.length > MAX_MATCHES) {
      items.push(el("li", null, "\u2026 and " + (hits.length - MAX_MATCHES) + " more"));
    }
    matchList.replaceChildren.apply(matchList, items);
  }

  var timer = null;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilter, 120);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key !== "Enter") return;
    clearTimeout(timer);
    applyFilter();
    var ids = window.secgraphFilter.matches;
    if (ids.length === 1) focusNode(ids[0]);
    else if (ids.length > 1) network.fit({ nodes: ids, animation: { duration: 400 } });
  });
  hideOthers.addEventListener("change", applyFilter);
})();
