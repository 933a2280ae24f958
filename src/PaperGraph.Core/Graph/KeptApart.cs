using System.Collections.Immutable;
using PaperGraph.Model;

namespace PaperGraph.Graph;

/// <summary>
/// A name that several papers propose for different things, kept as separate nodes because nothing says they are one
/// (no shared long form, no paper citing the other's method); their display names say which paper each is from.
/// </summary>
public sealed record KeptApart(EntityKind Kind, string Name, ImmutableArray<string> Keys, string Reason);
