"""networkx doing the shortest-path queries of `papergraph bench` on the same graph, for a side-by-side figure.

Usage: python3 bench/networkx_paths.py GRAPH.json PAIRS.json
GRAPH.json is either `papergraph export --format json` or the compact `papergraph bench --edges-out` file (node ids
and the path edges only: a million-paper graph's full export is too large for json.load here); PAIRS.json is `papergraph bench --pairs-out`, a list of
["kind:key", "kind:key", hops] (hops: papergraph's shortest path length, or null). Like `papergraph path`, it walks paper edges and the taxonomy, undirected.
"""
import json
import statistics
import sys
import time

import networkx as nx

EXPLAINABLE = {"PROPOSES", "USES", "EVALUATES_ON", "ADDRESSES", "IS_A"}


def main(graph_path: str, pairs_path: str) -> None:
    started = time.perf_counter()
    with open(graph_path, encoding="utf-8") as handle:
        doc = json.load(handle)
    graph = nx.Graph()
    ids = {}
    if "node_link" in doc:
        doc = doc["node_link"]
        for node in doc["nodes"]:
            graph.add_node(node["id"])
            ids[f'{node["kind"]}:{node["key"]}'] = node["id"]
        for link in doc["links"]:
            if link["type"] in EXPLAINABLE:
                graph.add_edge(link["source"], link["target"])
    else:
        graph.add_nodes_from(range(len(doc["nodes"])))
        ids = {node: index for index, node in enumerate(doc["nodes"])}
        graph.add_edges_from(doc["edges"])
    del doc
    load = time.perf_counter() - started
    with open(pairs_path, encoding="utf-8") as handle:
        pairs = json.load(handle)
    times, lengths, disagreements = [], [], 0
    for a, b, ours in pairs:
        start = time.perf_counter()
        try:
            hops = len(nx.shortest_path(graph, ids[a], ids[b])) - 1
        except nx.NetworkXNoPath:
            hops = None
        times.append((time.perf_counter() - start) * 1000)
        if hops is not None:
            lengths.append(hops)
        if hops != ours:
            disagreements += 1
    times.sort()
    p99 = times[max(0, int(0.99 * len(times) + 0.999999) - 1)]
    print(f"networkx {nx.__version__}: loaded JSON in {load:.2f} s; shortest_path p50 {statistics.median(times):.3f} ms, "
          f"p99 {p99:.3f} ms over {len(times)} queries (mean {statistics.mean(lengths) if lengths else 0:.2f} hops; "
          f"{disagreements} pairs where papergraph's path length differs)")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
