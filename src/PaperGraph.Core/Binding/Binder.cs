using System.Collections.Immutable;
using PaperGraph.Diagnostics;
using PaperGraph.Lexicon;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;
using PaperGraph.Text;

namespace PaperGraph.Binding;

/// <summary>
/// Turns one paper's overlapping candidates into entities: picks lexicon senses with the paper's own acronym
/// definitions, keeps the best candidate where spans overlap, links acronyms to their long forms, finds the other
/// occurrences of each name, and merges all surface forms of one thing under a canonical key.
/// </summary>
internal static class Binder
{
    public static (ImmutableArray<BoundEntity> Entities, ImmutableArray<Diagnostic> Diagnostics) Bind(
        Document document,
        ImmutableArray<AcronymDefinition> acronyms,
        ImmutableArray<EntityCandidate> candidates)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var senses = ResolveLexiconSenses(document, acronyms, candidates, diagnostics);
        var accepted = ResolveOverlaps(senses);
        accepted = AddOtherOccurrences(document, accepted);
        return (Group(document, acronyms, accepted), diagnostics.ToImmutable());
    }

    /// <summary>A candidate narrowed to one meaning.</summary>
    private sealed record Sense(EntityKind Kind, DocumentField Field, TextSpan Span, CandidateStrength Strength, LexiconEntry? Entry, MethodRole Role, bool FromDefinition, string RecognizerId)
    {
        /// <summary>The decision stage's confidence (<see cref="EntityCandidate.Precedence"/>); 0 without a model.</summary>
        public float Precedence { get; init; }

        /// <summary>The name the sense stands for when it is not its span's text (<see cref="EntityCandidate.Name"/>).</summary>
        public string? Name { get; init; }
    }

    private static List<Sense> ResolveLexiconSenses(
        Document document,
        ImmutableArray<AcronymDefinition> acronyms,
        ImmutableArray<EntityCandidate> candidates,
        ImmutableArray<Diagnostic>.Builder diagnostics)
    {
        var senses = new List<Sense>(candidates.Length);
        var reported = new HashSet<string>(StringComparer.Ordinal);
        var definitions = new DefinitionsByShortForm(acronyms);
        var spelledOut = new Dictionary<LexiconEntry, bool>(ReferenceEqualityComparer.Instance);
        foreach (var candidate in candidates)
        {
            var fromDefinition = candidate.RecognizerId == "acronym";
            if (candidate.Entries.IsEmpty)
            {
                senses.Add(new Sense(candidate.Kind, candidate.Field, candidate.Span, candidate.Strength, null, candidate.Role, fromDefinition, candidate.RecognizerId) { Precedence = candidate.Precedence, Name = candidate.Name });
                continue;
            }
            var text = document[candidate.Field].Text.ToString(candidate.Span);

            // The paper's own definition of this short form decides what it means here.
            var definition = definitions.Of(text);
            IEnumerable<LexiconEntry> options = candidate.Entries;
            if (definition is not null)
            {
                var definedKey = EntityKey.From(definition.LongForm);
                var matching = candidate.Entries.Where(entry => entry.SurfaceForms.Any(form => EntityKey.From(form) == definedKey)).ToList();
                options = matching;
                if (matching.Count == 0)
                {
                    // "DA" defined as something the lexicon does not mean by DA: trust the paper.
                    continue;
                }
            }
            else if (candidate.Entries.Length > 1)
            {
                // Undefined ambiguous acronym: accept a sense the paper spells out elsewhere, else leave it out.
                var spelled = candidate.Entries.Where(entry =>
                {
                    // Each occurrence of an undefined acronym asks again; the answer is the paper's, so ask the text once.
                    if (!spelledOut.TryGetValue(entry, out var isSpelled))
                    {
                        spelledOut[entry] = isSpelled = IsSpelledOut(document, entry);
                    }
                    return isSpelled;
                }).ToList();
                if (spelled.Count != 1)
                {
                    if (reported.Add(text))
                    {
                        var location = new Location(document.Paper.Sources.IsEmpty ? document.Paper.Id : document.Paper.Sources[0].File,
                            document.Paper.Sources.IsEmpty ? 0 : document.Paper.Sources[0].Line).WithSpan(candidate.Field.ToName(), candidate.Span);
                        diagnostics.Add(Diagnostic.Create(DiagnosticCatalog.AmbiguousAcronym, location, text,
                            string.Join(" or ", candidate.Entries.Select(entry => entry.Name))));
                    }
                    continue;
                }
                options = spelled;
            }
            foreach (var entry in options.Take(1))
            {
                senses.Add(new Sense(candidate.Kind, candidate.Field, candidate.Span, candidate.Strength, entry, candidate.Role, fromDefinition, candidate.RecognizerId) { Precedence = candidate.Precedence, Name = candidate.Name });
            }
        }
        return senses;
    }

    /// <summary>The paper's acronym definitions by short form, each short form's first definition in paper order.</summary>
    private sealed class DefinitionsByShortForm
    {
        private readonly ImmutableArray<AcronymDefinition> _acronyms;
        private readonly Dictionary<string, int> _first = new(StringComparer.Ordinal);

        public DefinitionsByShortForm(ImmutableArray<AcronymDefinition> acronyms)
        {
            _acronyms = acronyms;
            for (var i = 0; i < acronyms.Length; i++)
            {
                _first.TryAdd(acronyms[i].ShortForm, i);
            }
        }

        /// <summary>The first definition whose short form is <paramref name="text"/>, or its plural ("LLM" for "LLMs").</summary>
        public AcronymDefinition? Of(string text)
        {
            var index = _first.TryGetValue(text, out var exact) ? exact : int.MaxValue;
            if (text.Length > 0 && text[^1] == 's' && _first.TryGetValue(text[..^1], out var singular))
            {
                index = Math.Min(index, singular);
            }
            return index == int.MaxValue ? null : _acronyms[index];
        }
    }

    private static bool IsSpelledOut(Document document, LexiconEntry entry)
    {
        foreach (var form in new[] { entry.Name }.Concat(entry.Synonyms).Concat(entry.LongForm is null ? [] : [entry.LongForm]))
        {
            if (form.Contains(' ') || form.Contains('-'))
            {
                foreach (var section in document.Sections)
                {
                    if (section.Text.Text.Contains(form, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /// <summary>
    /// Where candidates overlap, the paper's own acronym definitions win, then lexicon entries, then patterns, then
    /// longer spans; on the same span a lexicon kind beats a guessed one and senses merge their roles.
    /// </summary>
    private static List<Sense> ResolveOverlaps(List<Sense> senses)
    {
        senses = WithoutNestedDecisions(senses);
        var merged = new List<Sense>(senses.Count);
        foreach (var group in GroupBySpan(senses))
        {
            // A title stating the paper's goal makes that phrase a task even where the lexicon knows it as a technique.
            var chosen = FirstFromTitleTask(group) ?? Strongest(group, withEntryOnly: true) ?? Strongest(group, withEntryOnly: false)!;
            var proposed = false;
            var fromDefinition = false;
            var strength = group[0].Strength;
            foreach (var sense in group)
            {
                proposed |= sense.Kind == chosen.Kind && sense.Role == MethodRole.Proposed;
                fromDefinition |= sense.FromDefinition;
                strength = sense.Strength > strength ? sense.Strength : strength;
            }
            merged.Add(chosen with
            {
                Role = proposed ? MethodRole.Proposed : MethodRole.Used,
                FromDefinition = fromDefinition,
                Strength = strength,
            });
        }

        // A stable sort: equal senses keep the order of their first candidate.
        var order = new int[merged.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }
        Array.Sort(order, (a, b) =>
        {
            var byAcceptance = CompareForAcceptance(merged[a], merged[b]);
            return byAcceptance != 0 ? byAcceptance : a.CompareTo(b);
        });
        var accepted = new List<Sense>(merged.Count);
        var held = new DisjointSpanIndex();
        foreach (var index in order)
        {
            var sense = merged[index];
            if (!held.OverlapsAny(sense.Field, sense.Span))
            {
                accepted.Add(sense);
                held.Add(sense.Field, sense.Span);
            }
        }
        return accepted;
    }

    /// <summary>
    /// Where the decision stage kept both a phrase and a shorter one inside it of the same kind ("video object
    /// detection" and "object detection", "Halcyon-2.1" and "Halcyon"), the paper means the longer, more specific one
    /// there: the nested one goes. One sweep over the spans sorted by start (longest first).
    /// </summary>
    private static List<Sense> WithoutNestedDecisions(List<Sense> senses)
    {
        var order = new List<int>(senses.Count);
        for (var i = 0; i < senses.Count; i++)
        {
            if (senses[i].Precedence > 0 && senses[i].Name is null)
            {
                order.Add(i);
            }
        }
        if (order.Count < 2)
        {
            return senses;
        }
        order.Sort((a, b) =>
        {
            var x = senses[a];
            var y = senses[b];
            var byField = x.Field.CompareTo(y.Field);
            if (byField != 0)
            {
                return byField;
            }
            var byStart = x.Span.Start.CompareTo(y.Span.Start);
            return byStart != 0 ? byStart : y.Span.End.CompareTo(x.Span.End);
        });
        var nested = new bool[senses.Count];
        var reach = new Dictionary<EntityKind, (DocumentField Field, TextSpan Span)>();
        foreach (var index in order)
        {
            var sense = senses[index];
            if (reach.TryGetValue(sense.Kind, out var longest) && longest.Field == sense.Field
                && longest.Span.Contains(sense.Span) && longest.Span != sense.Span)
            {
                nested[index] = true;
                continue;
            }
            if (!reach.TryGetValue(sense.Kind, out longest) || longest.Field != sense.Field || sense.Span.End > longest.Span.End)
            {
                reach[sense.Kind] = (sense.Field, sense.Span);
            }
        }
        var result = new List<Sense>(senses.Count);
        for (var i = 0; i < senses.Count; i++)
        {
            if (!nested[i])
            {
                result.Add(senses[i]);
            }
        }
        return result;
    }

    /// <summary>Senses grouped by exact field and span, groups in order of first appearance, members in input order.</summary>
    private static List<List<Sense>> GroupBySpan(List<Sense> senses)
    {
        var groups = new List<List<Sense>>(senses.Count);
        var groupOf = new Dictionary<(DocumentField, TextSpan), List<Sense>>(senses.Count);
        foreach (var sense in senses)
        {
            if (!groupOf.TryGetValue((sense.Field, sense.Span), out var group))
            {
                group = new List<Sense>(2);
                groupOf.Add((sense.Field, sense.Span), group);
                groups.Add(group);
            }
            group.Add(sense);
        }
        return groups;
    }

    private static Sense? FirstFromTitleTask(List<Sense> group)
    {
        foreach (var sense in group)
        {
            if (sense.RecognizerId == TitleTaskRecognizer.RecognizerId)
            {
                return sense;
            }
        }
        return null;
    }

    /// <summary>The strongest sense, then the preferred kind; the first one on ties.</summary>
    private static Sense? Strongest(List<Sense> group, bool withEntryOnly)
    {
        Sense? best = null;
        foreach (var sense in group)
        {
            if (withEntryOnly && sense.Entry is null)
            {
                continue;
            }
            if (best is null || sense.Strength > best.Strength || sense.Strength == best.Strength && KindPriority(sense.Kind) < KindPriority(best.Kind))
            {
                best = sense;
            }
        }
        return best;
    }

    /// <summary>Definitions and title goals first, then stronger, then longer spans, then by field and position.</summary>
    private static int CompareForAcceptance(Sense a, Sense b)
    {
        // A trained decision stage ranks every candidate it kept; its confidence comes before any rule.
        var byPrecedence = b.Precedence.CompareTo(a.Precedence);
        if (byPrecedence != 0)
        {
            return byPrecedence;
        }
        static int Rank(Sense sense) => sense.FromDefinition || sense.RecognizerId == TitleTaskRecognizer.RecognizerId ? 4 : (int)sense.Strength;
        var byRank = Rank(b).CompareTo(Rank(a));
        if (byRank != 0)
        {
            return byRank;
        }
        var byLength = b.Span.Length.CompareTo(a.Span.Length);
        if (byLength != 0)
        {
            return byLength;
        }
        var byField = a.Field.CompareTo(b.Field);
        return byField != 0 ? byField : a.Span.Start.CompareTo(b.Span.Start);
    }

    private static int KindPriority(EntityKind kind) => kind switch
    {
        EntityKind.Dataset => 0,
        EntityKind.Technique => 1,
        EntityKind.Method => 2,
        _ => 3,
    };

    /// <summary>
    /// A name found once by a pattern ("the Foo dataset") or defined once ("(CATNet)") is the same entity wherever
    /// the paper writes it again; those occurrences become mentions too.
    /// </summary>
    private static List<Sense> AddOtherOccurrences(Document document, List<Sense> accepted)
    {
        var result = new List<Sense>(accepted);
        var held = new DisjointSpanIndex();
        var forms = new List<(string Form, Sense Sense)>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var sense in accepted)
        {
            held.Add(sense.Field, sense.Span);
            var text = document[sense.Field].Text.ToString(sense.Span);
            if (sense.Entry is null && sense.Name is null && seen.Add(text))
            {
                forms.Add((text, sense));
            }
        }
        if (forms.Count == 0)
        {
            return result;
        }
        // Forms are tried at each token in the order they were first accepted; bucketing them by their first
        // characters makes a token cost the few forms that could start there, not every form of the paper.
        var byPrefix = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var f = 0; f < forms.Count; f++)
        {
            var form = forms[f].Form;
            var prefix = form[..Math.Min(form.Length, FormPrefixLength)];
            if (!byPrefix.TryGetValue(prefix, out var bucket))
            {
                byPrefix[prefix] = bucket = [];
            }
            bucket.Add(f);
        }
        var tried = new List<int>();
        foreach (var section in document.Sections)
        {
            var tokens = section.Tokens;
            var text = section.Text.Text;
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].IsWordLike || i > 0 && tokens[i].IsJoinedToPrevious && tokens[i - 1].IsWordLike)
                {
                    continue;
                }
                tried.Clear();
                var position = tokens[i].Span.Start;
                for (var length = 1; length <= FormPrefixLength && position + length <= text.Length; length++)
                {
                    if (byPrefix.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(position, length), out var bucket))
                    {
                        tried.AddRange(bucket);
                    }
                }
                tried.Sort();
                foreach (var f in tried)
                {
                    var (form, sense) = forms[f];
                    if (!MatchesAt(section, i, form, out var span) || held.OverlapsAny(section.Field, span))
                    {
                        continue;
                    }
                    result.Add(sense with { Field = section.Field, Span = span, Role = MethodRole.Used, FromDefinition = false, RecognizerId = "binder" });
                    held.Add(section.Field, span);
                }
            }
        }
        return result;
    }

    /// <summary>How many leading characters of a name bucket it for <see cref="AddOtherOccurrences"/>.</summary>
    private const int FormPrefixLength = 3;

    /// <summary>Whether <paramref name="form"/> occurs at token <paramref name="start"/>, on token boundaries, case-sensitively.</summary>
    private static bool MatchesAt(DocumentSection section, int start, string form, out TextSpan span)
    {
        span = default;
        var text = section.Text.Text;
        var position = section.Tokens[start].Span.Start;
        if (string.CompareOrdinal(text, position, form, 0, form.Length) != 0)
        {
            return false;
        }
        var end = position + form.Length;
        if (end < text.Length && char.IsLetterOrDigit(text[end]))
        {
            // Allow a plural "s" on names: "CATNets".
            if (text[end] == 's' && (end + 1 == text.Length || !char.IsLetterOrDigit(text[end + 1])) && char.IsUpper(form[^1]))
            {
                end++;
            }
            else
            {
                return false;
            }
        }
        if (end < text.Length && text[end] == '-' && end + 1 < text.Length && char.IsLetterOrDigit(text[end + 1]))
        {
            // "Foo-based" is a different word.
            return false;
        }
        span = TextSpan.FromBounds(position, end);
        return true;
    }

    private static ImmutableArray<BoundEntity> Group(Document document, ImmutableArray<AcronymDefinition> acronyms, List<Sense> senses)
    {
        // Identity: the lexicon entry when there is one, else the surface key, with each acronym tied to its long form.
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x)
            {
                x = p;
            }
            return x;
        }
        void Union(string a, string b)
        {
            var ra = Find(a);
            var rb = Find(b);
            if (ra != rb)
            {
                // Lexicon identities stay roots so the entity keeps the curated key.
                if (ra.StartsWith("L|", StringComparison.Ordinal))
                {
                    parent[rb] = ra;
                }
                else
                {
                    parent[ra] = rb;
                }
            }
        }

        string IdentityOf(Sense sense, string text) =>
            sense.Entry is { } entry ? $"L|{(int)sense.Kind}|{entry.Key}" : $"S|{(int)sense.Kind}|{EntityKey.From(text)}";

        var mentionTexts = senses.Select(sense => document[sense.Field].Text.ToString(sense.Span)).ToList();
        // What each sense names: its text, or the expanded member of a coordination ("image deblurring" for "image").
        var texts = senses.Select((sense, i) => sense.Name ?? mentionTexts[i]).ToList();
        // Identities are asked for again and again below; each costs a canonical key, so compute them once.
        var identities = new string[senses.Count];
        for (var i = 0; i < senses.Count; i++)
        {
            identities[i] = IdentityOf(senses[i], texts[i]);
        }
        for (var i = 0; i < senses.Count; i++)
        {
            var id = identities[i];
            parent.TryAdd(id, id);
            if (senses[i].Entry is null)
            {
                continue;
            }
            // A lexicon entity absorbs pattern-found mentions of the same surface key ("Mixup" found as a title name).
            var surface = $"S|{(int)senses[i].Kind}|{EntityKey.From(texts[i])}";
            parent.TryAdd(surface, surface);
            Union(id, surface);
        }

        var definitionOf = new Dictionary<string, AcronymDefinition>(StringComparer.Ordinal);
        var senseAt = new Dictionary<(DocumentField, TextSpan), int>(senses.Count);
        for (var i = 0; i < senses.Count; i++)
        {
            senseAt.TryAdd((senses[i].Field, senses[i].Span), i);
        }
        foreach (var definition in acronyms)
        {
            var shortIndex = senseAt.GetValueOrDefault((definition.Field, definition.ShortSpan), -1);
            var longIndex = senseAt.GetValueOrDefault((definition.Field, definition.LongSpan), -1);
            if (shortIndex < 0 && longIndex < 0)
            {
                continue;
            }
            var kind = senses[longIndex >= 0 ? longIndex : shortIndex].Kind;
            var shortId = shortIndex >= 0 ? identities[shortIndex] : $"S|{(int)kind}|{EntityKey.From(definition.ShortForm)}";
            var longId = longIndex >= 0 ? identities[longIndex] : $"S|{(int)kind}|{EntityKey.From(definition.LongForm)}";
            if (shortIndex >= 0 && longIndex >= 0 && senses[shortIndex].Kind != senses[longIndex].Kind)
            {
                continue;
            }
            parent.TryAdd(shortId, shortId);
            parent.TryAdd(longId, longId);
            Union(shortId, longId);
            definitionOf.TryAdd(shortId, definition);
            definitionOf.TryAdd(longId, definition);
        }

        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < senses.Count; i++)
        {
            var root = Find(identities[i]);
            if (!groups.TryGetValue(root, out var list))
            {
                groups[root] = list = [];
            }
            list.Add(i);
        }

        var entities = ImmutableArray.CreateBuilder<BoundEntity>(groups.Count);
        foreach (var members in groups.Values)
        {
            members.Sort((a, b) => senses[a].Field != senses[b].Field ? senses[a].Field.CompareTo(senses[b].Field) : senses[a].Span.Start.CompareTo(senses[b].Span.Start));
            var first = senses[members[0]];
            var entry = members.Select(m => senses[m].Entry).FirstOrDefault(e => e is not null);
            var definition = members
                .Select(m => definitionOf.GetValueOrDefault(identities[m]))
                .FirstOrDefault(d => d is not null);
            var names = members.Select(m => texts[m]).Distinct(StringComparer.Ordinal).ToList();
            var name = entry?.Name ?? definition?.ShortForm ?? names[0];
            var longForm = definition?.LongForm;
            var key = entry?.Key ?? EntityKey.From(name);
            var aliases = names
                .Concat(definition is null ? [] : [definition.ShortForm])
                .Where(text => text != name && text != longForm)
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray();
            var mentions = members
                .Select(m => new Mention(senses[m].Field, senses[m].Span, mentionTexts[m], document[senses[m].Field].SentenceAt(senses[m].Span.Start).Index, senses[m].RecognizerId))
                .ToImmutableArray();
            MethodRole? role = first.Kind == EntityKind.Method
                ? members.Any(m => senses[m].Role == MethodRole.Proposed) ? MethodRole.Proposed : MethodRole.Used
                : null;
            var decided = false;
            foreach (var m in members)
            {
                decided |= senses[m].Precedence > 0;
            }
            if (!decided && !IsCentralEnough(entry, mentions))
            {
                continue;
            }
            entities.Add(new BoundEntity(first.Kind, name, key, aliases, longForm, role, mentions, entry));
        }

        return entities
            .OrderBy(entity => entity.Mentions[0].Field)
            .ThenBy(entity => entity.Mentions[0].Span.Start)
            .ToImmutableArray();
    }

    /// <summary>
    /// Without a trained decision stage, generic lexicon terms mentioned once, in the abstract only, are asides, not what
    /// the paper uses or studies; a decision stage judges that from the context instead.
    /// </summary>
    private static bool IsCentralEnough(LexiconEntry? entry, ImmutableArray<Mention> mentions) =>
        entry is not { IsGeneric: true } || mentions.Length > 1 || mentions.Any(mention => mention.Field == DocumentField.Title);
}
