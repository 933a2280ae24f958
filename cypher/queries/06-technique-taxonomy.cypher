// Title: Technique taxonomy under a node
// What it answers: Which techniques are kinds of a given technique, at any
//   depth of the lexicon taxonomy (IS_A points child -> parent)? Returns the
//   paths for the graph view plus one row per descendant with its depth, the
//   chain up to the root and how many papers mention it.
// Inputs: $root = name, key, long form or alias (case-insensitive), e.g.
//   'regularization', 'data augmentation', 'parameter-efficient fine-tuning'.
// Notes: to see the ancestors of a technique instead, reverse the arrow:
//   (root)-[:IS_A*1..]->(ancestor).
:param root => 'data augmentation';

MATCH (root:Technique)
WHERE root.key = toLower(trim($root))
   OR toLower(root.name) = toLower(trim($root))
   OR toLower(coalesce(root.long_form, '')) = toLower(trim($root))
   OR any(alias IN coalesce(root.aliases, []) WHERE toLower(alias) = toLower(trim($root)))
MATCH path = (child:Technique)-[:IS_A*1..]->(root)
RETURN path,
       length(path) AS depth,
       child.name AS technique,
       coalesce(child.paper_count, 0) AS papers,
       [n IN nodes(path) | n.name] AS chain_to_root
ORDER BY depth, papers DESC, technique;
