namespace PaperGraph.Binding;

/// <summary>
/// Entities by every name they go by (key, display name, aliases, long form), folded by <see cref="EntityKey.From"/>
/// so that case, hyphens, spaces and plurals do not matter: the one way a typed name finds an entity, shared by
/// the query verbs (over a finished graph) and the graph builder's curation step (over the entities being built).
/// </summary>
internal sealed class EntityNameIndex<T> where T : class
{
    private readonly Dictionary<string, List<T>> _byForm = new(StringComparer.Ordinal);
    private readonly Func<T, string> _keyOf;
    private readonly HashSet<T> _added = new(ReferenceEqualityComparer.Instance);

    public EntityNameIndex(Func<T, string> keyOf) => _keyOf = keyOf;

    public IEnumerable<KeyValuePair<string, List<T>>> Forms => _byForm;

    /// <remarks>
    /// An entity is in a form's list once. Within one call its earlier forms with the same key put it last in the list;
    /// only an entity added before (curation gives an entity more names) needs the list searched. A short name that
    /// thousands of homonym senses share has a list of thousands, so searching it on every add was quadratic: a
    /// million-paper graph took a minute to index.
    /// </remarks>
    public void Add(T entity, IEnumerable<string> forms)
    {
        var seenBefore = !_added.Add(entity);
        foreach (var form in forms)
        {
            var key = EntityKey.From(form);
            if (key.Length == 0)
            {
                continue;
            }
            if (!_byForm.TryGetValue(key, out var list))
            {
                _byForm[key] = list = [];
            }
            if (list.Count > 0 && ReferenceEquals(list[^1], entity))
            {
                continue;
            }
            if (!seenBefore || !list.Exists(other => ReferenceEquals(other, entity)))
            {
                list.Add(entity);
            }
        }
    }

    /// <summary>Forgets <paramref name="entity"/> under <paramref name="forms"/> (it was merged away or dropped).</summary>
    public void Remove(T entity, IEnumerable<string> forms)
    {
        foreach (var form in forms)
        {
            if (_byForm.TryGetValue(EntityKey.From(form), out var list))
            {
                list.RemoveAll(other => ReferenceEquals(other, entity));
            }
        }
    }

    /// <summary>Every entity that goes by <paramref name="name"/>, in the order they were added.</summary>
    public IReadOnlyList<T> All(string name) => _byForm.TryGetValue(EntityKey.From(name), out var entities) ? entities : [];

    /// <summary>
    /// The entities a name means, among those <paramref name="accept"/>s: the one whose key it is when exactly one
    /// is, else all that go by it (one: found; several: ambiguous; none: unknown).
    /// </summary>
    public List<T> Find(string name, Func<T, bool> accept)
    {
        var key = EntityKey.From(name);
        if (!_byForm.TryGetValue(key, out var entities))
        {
            return [];
        }
        return PreferExactKey(entities.Where(accept).ToList(), key, _keyOf);
    }

    /// <summary>
    /// Of the entities that go by a name, the one whose key it is when exactly one is, else all of them: an exact key
    /// match beats an alias match ("TTA" as a key vs as an alias of two techniques).
    /// </summary>
    public static List<T> PreferExactKey(List<T> matching, string key, Func<T, string> keyOf)
    {
        var exact = matching.Where(entity => keyOf(entity) == key).ToList();
        return exact.Count == 1 ? exact : matching;
    }
}
