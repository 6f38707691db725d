import type { CooccurrenceGraph } from "./cooccurrence";

/** A CSV field, quoted when it holds a comma, quote or line break. */
function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function xml(value: string | number): string {
  return String(value).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c]!);
}

/**
 * The graph as two CSV tables in the column names Gephi's spreadsheet import recognises
 * (`Id,Label` for nodes; `Source,Target,Type,Weight` for edges, weight = documents together);
 * `pandas.read_csv` + `networkx.from_pandas_edgelist` read them too.
 *
 * @example
 * const { nodes, edges } = graphToCsv(cooccurrence(docs));
 * // edges: "Source,Target,Type,Weight,Sentences,PMI,NPMI\nlee-jae-yong,samsung-electronics,Undirected,12,11,2.1,0.62\n…"
 */
export function graphToCsv(graph: CooccurrenceGraph): { nodes: string; edges: string } {
  const nodes = ["Id,Label,Entity,Type,Docs,Mentions"];
  for (const n of graph.nodes) nodes.push([n.id, n.name, n.label, n.type ?? "", n.docs, n.mentions].map(csvField).join(","));
  const edges = ["Source,Target,Type,Weight,Sentences,PMI,NPMI"];
  for (const e of graph.edges) edges.push([e.source, e.target, "Undirected", e.docs, e.sentences, e.pmi, e.npmi].map(csvField).join(","));
  return { nodes: `${nodes.join("\n")}\n`, edges: `${edges.join("\n")}\n` };
}

/**
 * The graph as GraphML (undirected), which Gephi opens and `networkx.read_graphml` reads:
 * node attributes label, name, entity, type, docs, mentions; edge attributes weight (documents
 * together), sentences, pmi, npmi.
 *
 * @example
 * writeFileSync("graph.graphml", graphToGraphml(cooccurrence(docs)));
 */
export function graphToGraphml(graph: CooccurrenceGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="entity" for="node" attr.name="entity" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="docs" for="node" attr.name="docs" attr.type="int"/>',
    '  <key id="mentions" for="node" attr.name="mentions" attr.type="int"/>',
    '  <key id="weight" for="edge" attr.name="weight" attr.type="double"/>',
    '  <key id="sentences" for="edge" attr.name="sentences" attr.type="int"/>',
    '  <key id="pmi" for="edge" attr.name="pmi" attr.type="double"/>',
    '  <key id="npmi" for="edge" attr.name="npmi" attr.type="double"/>',
    '  <graph id="cooccurrence" edgedefault="undirected">',
  ];
  for (const n of graph.nodes) {
    out.push(
      `    <node id="${xml(n.id)}"><data key="label">${xml(n.name)}</data><data key="entity">${n.label}</data>` +
        `${n.type === undefined ? "" : `<data key="type">${xml(n.type)}</data>`}<data key="docs">${n.docs}</data><data key="mentions">${n.mentions}</data></node>`,
    );
  }
  graph.edges.forEach((e, i) => {
    out.push(
      `    <edge id="e${i}" source="${xml(e.source)}" target="${xml(e.target)}"><data key="weight">${e.docs}</data>` +
        `<data key="sentences">${e.sentences}</data><data key="pmi">${e.pmi}</data><data key="npmi">${e.npmi}</data></edge>`,
    );
  });
  out.push("  </graph>", "</graphml>", "");
  return out.join("\n");
}
