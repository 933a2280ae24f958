using System.Collections.Immutable;
using PaperGraph.Binding;
using PaperGraph.Model;
using PaperGraph.Recognizers;

namespace PaperGraph.Lexicon.PapersWithCode;

/// <summary>A generated entry and the class of entries it belongs to (the unit the filters are measured and switched by).</summary>
/// <param name="Entry">The lexicon entry as the generated file holds it.</param>
/// <param name="Class">The class of entries it belongs to, as the import report and <c>--skip</c> name it.</param>
/// <param name="Supplement">True when the entry only adds forms or a parent to the curated entry of its kind and key.</param>
internal sealed record ImportedEntry(LexiconEntry Entry, string Class, bool Supplement);

/// <summary>What an import produced, and how many Papers with Code names each rule dropped or changed.</summary>
internal sealed record PwcImport(ImmutableArray<ImportedEntry> Entries, ImmutableSortedDictionary<string, int> Counts)
{
    public IEnumerable<ImportedEntry> OfKind(EntityKind kind) => Entries.Where(entry => entry.Entry.Kind == kind);
}

/// <summary>
/// Turns the Papers with Code vocabulary into lexicon entries that do not fire on ordinary words: the rules are in
/// Lexicon/Data/README.md, each one counted in <see cref="PwcImport.Counts"/> under its name.
/// </summary>
/// <remarks>
/// Curated entries win: a name whose key is a curated entry's surface form never becomes an entry of its own; it may add
/// its full name as a synonym and its collection or parent task as the curated entry's parent, when those forms are not
/// another entry's. Output is sorted, so the same dump, curated lexicon and corpus give the same bytes.
/// </remarks>
internal sealed class PwcImporter
{
    /// <summary>Collections whose members are reusable techniques even when they have a proper name (Adam, AutoAugment, DropBlock), as the curated lexicon files Adam and CutMix.</summary>
    public static readonly ImmutableHashSet<string> TechniqueFamilies = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "Stochastic Optimization", "Optimization", "Large Batch Optimization", "Learning Rate Schedules", "Momentum Rules",
        "Regularization", "Parameter Norm Penalties", "Normalization", "Initialization",
        "Image Data Augmentation", "Text Data Augmentation", "Text Augmentation", "Point Cloud Augmentation", "Graph Data Augmentation",
        "Video Data Augmentation", "Trajectory Data Augmentation", "Adversarial Image Data Augmentation");

    /// <summary>Heads of common-term technique phrases besides nominalisations (-ing, -tion, -sion, -ment).</summary>
    private static readonly ImmutableHashSet<string> TechniqueHeadWords = ImmutableHashSet.Create(StringComparer.OrdinalIgnoreCase,
        "loss", "dropout", "attention", "embedding", "decay", "descent", "regression", "ensemble", "replay", "mixup", "softmax", "search");

    private readonly WordUsage _usage;
    private readonly bool _matchTasks;
    private readonly ImmutableHashSet<string> _skip;
    private readonly Dictionary<string, List<LexiconEntry>> _curatedByForm = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _claimed = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly Dictionary<(EntityKind, string), Draft> _drafts = [];
    private readonly Dictionary<(EntityKind, string), Supplement> _supplements = [];

    /// <param name="curated">The curated entries (<see cref="LexiconLoader.Curated"/>).</param>
    /// <param name="usage">Word usage of a corpus of abstracts, for the ordinary-word rules.</param>
    /// <param name="skipClasses">Classes of entries to leave out, to measure what each class adds.</param>
    /// <param name="matchTasks">Make imported tasks matchable entries instead of taxonomy-only ones (measured, and off by default).</param>
    public PwcImporter(ImmutableArray<LexiconEntry> curated, WordUsage usage, IEnumerable<string>? skipClasses = null, bool matchTasks = false)
    {
        _matchTasks = matchTasks;
        _usage = usage;
        _skip = (skipClasses ?? []).ToImmutableHashSet(StringComparer.Ordinal);
        foreach (var entry in curated)
        {
            foreach (var form in entry.SurfaceForms)
            {
                var key = EntityKey.From(form);
                if (!_curatedByForm.TryGetValue(key, out var list))
                {
                    _curatedByForm[key] = list = [];
                }
                if (!list.Contains(entry))
                {
                    list.Add(entry);
                }
                _claimed.TryAdd(key, "curated");
            }
        }
    }

    public PwcImport Import(PwcDump dump)
    {
        foreach (var method in dump.Methods)
        {
            AddMethod(method);
        }
        foreach (var task in dump.Tasks)
        {
            AddTask(task.Name);
        }
        foreach (var link in dump.Hierarchy)
        {
            AddTaskLink(link);
        }
        foreach (var dataset in dump.Tasks.SelectMany(task => task.Datasets).Distinct(StringComparer.Ordinal))
        {
            AddDataset(dataset);
        }
        ResolveCollections();
        return new PwcImport([.. Emit()], _counts.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    // ---- methods and techniques ------------------------------------------------------------------------------------

    private void AddMethod(PwcMethod method)
    {
        var name = Clean(method.Name);
        var full = method.FullName is { } f && EntityKey.From(Clean(f)) != EntityKey.From(name) ? Clean(f) : null;
        if (IsMalformed(name) || Words(name).Count > 8)
        {
            Count("method: dropped, malformed name");
            return;
        }
        if ((CuratedFor(name) ?? (full is null ? null : CuratedFor(full))) is { } curated)
        {
            if (curated.Kind is not (EntityKind.Method or EntityKind.Technique))
            {
                Count("method: dropped, a curated entry of another kind");
                return;
            }
            var supplement = SupplementOf(curated);
            supplement.Collections.AddRange(method.Collections);
            foreach (var form in new[] { name, full })
            {
                if (form is not null && IsAcceptableForm(form) && CuratedFor(form) is null && PlausibleExpansion(curated.Name, form))
                {
                    supplement.Synonyms.Add(form);
                }
            }
            Count("method: merged into a curated entry");
            return;
        }
        if (IsShort(name))
        {
            if (full is null || !IsAcceptableForm(full) || Words(full).Count < 2 || _claimed.ContainsKey(EntityKey.From(full)) || !PlausibleExpansion(name, full))
            {
                Count("method: dropped, short name (3 letters or fewer) without a usable full name");
                return;
            }
            Count("method: short name replaced by its full name");
            (name, full) = (full, null);
        }
        var words = Words(name);
        if (words.Count == 1 && _usage.IsOrdinary(words[0]))
        {
            Count("method: dropped, ordinary word");
            return;
        }
        // Papers with Code writes a few common terms in lower case ("3d gaussian splatting"): those are not proper names either.
        var allOrdinary = !name.Any(char.IsUpper) || words.All(word => IsDimension(word) || (word.All(char.IsLetter) && _usage.IsOrdinary(word)));
        EntityKind kind;
        string @class;
        if (method.Collections.Any(TechniqueFamilies.Contains))
        {
            (kind, @class) = (EntityKind.Technique, "technique: member of a technique family");
        }
        else if (allOrdinary)
        {
            if (!IsTechniqueHead(words[^1]))
            {
                Count("method: dropped, ordinary phrase (common words, not a technique head)");
                return;
            }
            (kind, @class) = (EntityKind.Technique, "technique: common term");
        }
        else if (words.Count == 2 && WordLists.NotMethodNames.Contains(words[^1]) && (IsDimension(words[0]) || _usage.IsOrdinary(words[0])))
        {
            // "3D CNN", "Leaky ReLU": a generic model class or function with a modifier, which the recognizers never take for a name.
            Count("method: dropped, a modifier on a generic class (CNN, ReLU)");
            return;
        }
        else
        {
            (kind, @class) = (EntityKind.Method, "method: named");
        }
        if (allOrdinary && kind == EntityKind.Technique)
        {
            name = LowerCommonWords(name);
        }
        if (!Claim(name, kind, @class))
        {
            return;
        }
        string? longForm = null;
        if (full is not null && IsAcceptableForm(full) && Words(full).Count >= 2 && PlausibleExpansion(name, full) && !_claimed.ContainsKey(EntityKey.From(full)))
        {
            longForm = full;
            _claimed[EntityKey.From(full)] = @class;
        }
        var draft = new Draft(kind, name, @class) { LongForm = longForm, CaseSensitive = kind == EntityKind.Method && words.Count == 1 };
        draft.Collections.AddRange(method.Collections);
        _drafts[(kind, EntityKey.From(name))] = draft;
    }

    private void ResolveCollections()
    {
        var resolved = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Resolve(string collection)
        {
            if (resolved.TryGetValue(collection, out var known))
            {
                return known;
            }
            var key = EntityKey.From(collection);
            string? parent = null;
            if (_curatedByForm.TryGetValue(key, out var curated))
            {
                // A curated technique of that name is the parent; a curated task or dataset of that name is not a family.
                parent = curated.FirstOrDefault(entry => entry.Kind == EntityKind.Technique)?.Name;
                Count(parent is null ? "collection: dropped, named like a curated task, dataset or method" : "collection: resolved to a curated technique");
            }
            else if (_drafts.TryGetValue((EntityKind.Technique, key), out var draft))
            {
                parent = draft.Name;
                Count("collection: resolved to an imported technique");
            }
            else if (_claimed.ContainsKey(key))
            {
                Count("collection: dropped, named like an imported task, dataset or method");
            }
            else
            {
                parent = collection;
                _claimed[key] = "technique: collection";
                _drafts[(EntityKind.Technique, key)] = new Draft(EntityKind.Technique, collection, "technique: collection") { TaxonomyOnly = true };
                Count("collection: taxonomy-only technique");
            }
            resolved[collection] = parent;
            return parent;
        }
        foreach (var draft in _drafts.Values.Where(draft => draft.Collections.Count > 0).OrderBy(draft => draft.Name, StringComparer.Ordinal).ToList())
        {
            draft.Parent = ChooseParent(draft.Collections.Distinct().Select(Resolve), draft.Kind, EntityKey.From(draft.Name));
        }
        foreach (var supplement in _supplements.Values.Where(s => s.Collections.Count > 0).OrderBy(s => s.Curated.Name, StringComparer.Ordinal).ToList())
        {
            if (supplement.Curated.Parent is null && supplement.Curated.Kind is EntityKind.Method or EntityKind.Technique)
            {
                supplement.Parent ??= ChooseParent(supplement.Collections.Distinct().Select(Resolve), supplement.Curated.Kind, supplement.Curated.Key);
            }
        }
    }

    /// <summary>The first collection that is a curated technique, else the first that resolved; never the entry itself.</summary>
    private string? ChooseParent(IEnumerable<string?> parents, EntityKind kind, string ownKey)
    {
        var candidates = parents.OfType<string>().Where(parent => !(kind == EntityKind.Technique && EntityKey.From(parent) == ownKey)).ToList();
        return candidates.FirstOrDefault(parent => _curatedByForm.ContainsKey(EntityKey.From(parent))) ?? candidates.FirstOrDefault();
    }

    // ---- tasks -----------------------------------------------------------------------------------------------------

    private void AddTask(string raw)
    {
        var (name, acronym) = SplitAcronym(Clean(raw));
        if (IsMalformed(name) || name.Contains('(') || Words(name).Count > 7 || Words(name).Any(word => word.All(char.IsDigit)))
        {
            Count("task: dropped, malformed name");
            return;
        }
        if (CuratedFor(name) is { } curated)
        {
            if (curated.Kind == EntityKind.Task)
            {
                var supplement = SupplementOf(curated);
                if (acronym is not null && !_skip.Contains("task: acronyms") && !_claimed.ContainsKey(EntityKey.From(acronym)) && !curated.Acronyms.Contains(acronym))
                {
                    supplement.Acronyms.Add(acronym);
                    _claimed[EntityKey.From(acronym)] = "task";
                }
            }
            Count(curated.Kind == EntityKind.Task ? "task: merged into a curated entry" : "task: dropped, a curated entry of another kind");
            return;
        }
        var words = Words(name);
        if (words.Count == 1)
        {
            Count("task: dropped, one word");
            return;
        }
        if (!IsTaskHead(words[^1]))
        {
            Count("task: dropped, not headed by a task noun");
            return;
        }
        name = LowerCommonWords(name);
        if (!Claim(name, EntityKind.Task, "task"))
        {
            return;
        }
        // Matched in text, Papers with Code tasks cost more precision than they add recall on the train split (passing
        // mentions: "deep learning", "decision making", "video understanding"), so they are the task taxonomy only: IS_A
        // nodes that also give their parent to a task the patterns find under the same key.
        var draft = new Draft(EntityKind.Task, name, "task") { TaxonomyOnly = !_matchTasks };
        if (acronym is not null && acronym.Length >= 3 && !_skip.Contains("task: acronyms") && !_claimed.ContainsKey(EntityKey.From(acronym)))
        {
            draft.Acronyms.Add(acronym);
            _claimed[EntityKey.From(acronym)] = "task";
        }
        _drafts[(EntityKind.Task, EntityKey.From(name))] = draft;
    }

    private void AddTaskLink(PwcTaskLink link)
    {
        var parentKey = EntityKey.From(SplitAcronym(Clean(link.Parent)).Name);
        var childKey = EntityKey.From(SplitAcronym(Clean(link.Child)).Name);
        // The dump's hierarchy mixes real subtasks with loose associations ("3D" over "object detection"): a child is
        // kept under its parent only when it names the parent ("weakly supervised semantic segmentation").
        if (parentKey.Length == 0 || childKey == parentKey || !$" {childKey} ".Contains($" {parentKey} ", StringComparison.Ordinal))
        {
            Count("task hierarchy: dropped, child does not name its parent");
            return;
        }
        var parent = TaskNamed(parentKey);
        if (parent is null || TaskNamed(childKey) is null)
        {
            Count("task hierarchy: dropped, parent or child is not a kept task");
            return;
        }
        if (_drafts.TryGetValue((EntityKind.Task, childKey), out var draft))
        {
            if (draft.Parent is null || EntityKey.From(draft.Parent).Length < parentKey.Length)
            {
                draft.Parent = parent;
            }
        }
        else if (CuratedFor(childKey) is { Kind: EntityKind.Task, Parent: null } curated)
        {
            var supplement = SupplementOf(curated);
            if (supplement.Parent is null || EntityKey.From(supplement.Parent).Length < parentKey.Length)
            {
                supplement.Parent = parent;
            }
        }
        else
        {
            Count("task hierarchy: dropped, curated child already has a parent");
            return;
        }
        Count("task hierarchy: IS_A kept");
    }

    private string? TaskNamed(string key) =>
        _drafts.TryGetValue((EntityKind.Task, key), out var draft) ? draft.Name
        : CuratedFor(key) is { Kind: EntityKind.Task } curated ? curated.Name
        : null;

    // ---- datasets --------------------------------------------------------------------------------------------------

    private void AddDataset(string raw)
    {
        var name = Clean(raw);
        if (IsMalformed(name) || name.Contains('(') || Words(name).Count > 6)
        {
            Count("dataset: dropped, malformed name");
            return;
        }
        if (CuratedFor(name) is not null)
        {
            Count("dataset: dropped, already curated");
            return;
        }
        if (IsShort(name))
        {
            Count("dataset: dropped, short name (3 letters or fewer)");
            return;
        }
        var words = Words(name);
        if (words.Count == 1 && _usage.IsOrdinary(words[0]))
        {
            Count("dataset: dropped, ordinary word");
            return;
        }
        if (!words.Any(IsNameShaped))
        {
            Count("dataset: dropped, ordinary phrase (no name-shaped word)");
            return;
        }
        if (words.Count == 1 && !words[0].Any(char.IsDigit) && words[0].Skip(1).All(char.IsLower))
        {
            // "Google", "Weibo", "Panda": a capitalised word is as often an organisation, a place or a model as a dataset.
            Count("dataset: dropped, one capitalised word");
            return;
        }
        if (!Claim(name, EntityKind.Dataset, "dataset"))
        {
            return;
        }
        _drafts[(EntityKind.Dataset, EntityKey.From(name))] = new Draft(EntityKind.Dataset, name, "dataset") { CaseSensitive = true };
    }

    // ---- rules -----------------------------------------------------------------------------------------------------

    /// <summary>A word a reader takes for a name: digits, two capitals ("GLUE", "ImageNet"), or a capitalised word that prose does not write in lower case.</summary>
    private bool IsNameShaped(string word) =>
        word.Any(char.IsDigit) || word.Count(char.IsUpper) >= 2 || (char.IsUpper(word[0]) && !_usage.IsOrdinary(word));

    /// <summary>"2D", "3d": a dimension qualifies a common term ("3D convolution") without making it a name.</summary>
    private static bool IsDimension(string word) => word.Length == 2 && char.IsDigit(word[0]) && word[1] is 'd' or 'D';

    private static bool IsShort(string name) => EntityKey.From(name).Count(char.IsLetterOrDigit) <= 3;

    /// <summary>Letters, digits, spaces and the joiners names use; anything else ("(deleted method)", "BAM!", "77.9%") is not a name.</summary>
    private static bool IsMalformed(string name) =>
        EntityKey.From(name).Length == 0 || !char.IsLetterOrDigit(name[0]) || name.Any(c => !(char.IsLetterOrDigit(c) || c is ' ' or '-' or '\'' or '/' or '.' or '+' or '(' or ')'))
        || name.Count(c => c == '(') != name.Count(c => c == ')');

    /// <summary>A form worth adding as a synonym or long form: a name, at least two words or name-shaped, not malformed.</summary>
    private bool IsAcceptableForm(string form) =>
        !IsMalformed(form) && !form.Contains('(') && !IsShort(form) && (Words(form).Count >= 2 || Words(form).All(IsNameShaped));

    /// <summary>
    /// The dump's full names are sometimes another method's ("Gumbel Activation" / "Gumbel Cross Entropy"): an acronym's
    /// expansion must spell it (letters in order, first letter first); a phrase's variant must start with the same word.
    /// </summary>
    private static bool PlausibleExpansion(string name, string full)
    {
        var nameKey = EntityKey.From(name);
        var fullKey = EntityKey.From(full);
        if (nameKey.Length == 0 || fullKey.Length == 0)
        {
            return false;
        }
        if (!nameKey.Contains(' ') && name.Count(char.IsUpper) >= 2)
        {
            if (char.ToLowerInvariant(nameKey[0]) != fullKey[0])
            {
                return fullKey.Contains(nameKey, StringComparison.Ordinal);
            }
            var at = 0;
            foreach (var c in nameKey.Where(char.IsLetter))
            {
                at = fullKey.IndexOf(c, at);
                if (at < 0)
                {
                    return false;
                }
                at++;
            }
            return true;
        }
        return nameKey.Split(' ')[0] == fullKey.Split(' ')[0];
    }

    private static bool IsTechniqueHead(string word)
    {
        var w = EntityKey.Singular(word.ToLowerInvariant());
        return TechniqueHeadWords.Contains(w) || w.EndsWith("ing", StringComparison.Ordinal) || w.EndsWith("tion", StringComparison.Ordinal)
            || w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("ment", StringComparison.Ordinal);
    }

    private static bool IsTaskHead(string word)
    {
        var w = word.ToLowerInvariant();
        return WordLists.TaskHeads.Contains(w) || WordLists.TaskHeads.Contains(EntityKey.Singular(w)) || w.EndsWith("ing", StringComparison.Ordinal)
            || w.EndsWith("tion", StringComparison.Ordinal) || w.EndsWith("sion", StringComparison.Ordinal) || w.EndsWith("sis", StringComparison.Ordinal)
            || w.EndsWith("ment", StringComparison.Ordinal);
    }

    /// <summary>"Visual Question Answering (VQA)" is the name "Visual Question Answering" with the acronym "VQA".</summary>
    private static (string Name, string? Acronym) SplitAcronym(string name)
    {
        if (name.EndsWith(')') && name.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0)
        {
            var inner = name[(open + 2)..^1];
            var stem = name[..open].Trim();
            if (inner.Length is >= 2 and <= 8 && inner.All(c => char.IsLetterOrDigit(c) || c == '-') && inner.Count(char.IsUpper) >= 2
                && char.ToLowerInvariant(inner[0]) == char.ToLowerInvariant(stem[0]))
            {
                return (stem, inner);
            }
        }
        return (name, null);
    }

    private LexiconEntry? CuratedFor(string form) =>
        _curatedByForm.TryGetValue(EntityKey.From(form), out var entries) ? entries[0] : null;

    /// <summary>Takes a key for one generated entry; a key another entry has is a duplicate, counted and skipped.</summary>
    private bool Claim(string name, EntityKind kind, string @class)
    {
        var key = EntityKey.From(name);
        if (_claimed.TryGetValue(key, out var owner))
        {
            Count($"{kind.ToName()}: dropped, duplicate of another imported name ({owner})");
            return false;
        }
        if (_skip.Contains(@class))
        {
            Count($"{kind.ToName()}: left out, class '{@class}' skipped");
            return false;
        }
        _claimed[key] = @class;
        Count($"{kind.ToName()}: imported as {@class}");
        return true;
    }

    private Supplement SupplementOf(LexiconEntry curated)
    {
        if (!_supplements.TryGetValue((curated.Kind, curated.Key), out var supplement))
        {
            _supplements[(curated.Kind, curated.Key)] = supplement = new Supplement(curated);
        }
        return supplement;
    }

    private void Count(string rule) => _counts[rule] = _counts.GetValueOrDefault(rule) + 1;

    private static string Clean(string text) => string.Join(' ', text.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The words of a name, split at spaces and hyphens, letters and digits only.</summary>
    private static List<string> Words(string name) =>
        [.. name.Split((char[])[' ', '-', '/'], StringSplitOptions.RemoveEmptyEntries).Select(word => new string([.. word.Where(char.IsLetterOrDigit)])).Where(word => word.Length > 0)];

    /// <summary>"Semantic Segmentation" → "semantic segmentation"; "3D", "RGB-D" and "LiDAR" stay as written.</summary>
    private static string LowerCommonWords(string name) =>
        string.Join(' ', name.Split(' ').Select(word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(c => !char.IsUpper(c)) ? word.ToLowerInvariant() : word));

    // ---- output ----------------------------------------------------------------------------------------------------

    private IEnumerable<ImportedEntry> Emit()
    {
        foreach (var draft in _drafts.Values.OrderBy(draft => draft.Kind).ThenBy(draft => draft.Name, StringComparer.OrdinalIgnoreCase).ThenBy(draft => draft.Name, StringComparer.Ordinal))
        {
            yield return new ImportedEntry(
                new LexiconEntry(draft.Kind, draft.Name, draft.LongForm, [.. draft.Acronyms], [], draft.Parent, draft.CaseSensitive, "pwc") { IsTaxonomyOnly = draft.TaxonomyOnly },
                draft.Class, Supplement: false);
        }
        if (_skip.Contains("supplements"))
        {
            yield break;
        }
        foreach (var supplement in _supplements.Values.OrderBy(s => s.Curated.Kind).ThenBy(s => s.Curated.Name, StringComparer.Ordinal))
        {
            var curated = supplement.Curated;
            var known = new HashSet<string>(curated.SurfaceForms.Select(EntityKey.From), StringComparer.Ordinal);
            var synonyms = supplement.Synonyms.Where(form => known.Add(EntityKey.From(form))).ToImmutableArray();
            var acronyms = supplement.Acronyms.Distinct().ToImmutableArray();
            if (synonyms.IsEmpty && acronyms.IsEmpty && supplement.Parent is null)
            {
                continue;
            }
            yield return new ImportedEntry(
                new LexiconEntry(curated.Kind, curated.Name, null, acronyms, synonyms, supplement.Parent, false, "pwc"),
                $"{curated.Kind.ToName()}: supplement to a curated entry", Supplement: true);
        }
    }

    private sealed class Draft(EntityKind kind, string name, string @class)
    {
        public EntityKind Kind { get; } = kind;
        public string Name { get; } = name;
        public string Class { get; } = @class;
        public string? LongForm { get; init; }
        public bool CaseSensitive { get; init; }
        public bool TaxonomyOnly { get; init; }
        public string? Parent { get; set; }
        public List<string> Acronyms { get; } = [];
        public List<string> Collections { get; } = [];
    }

    private sealed class Supplement(LexiconEntry curated)
    {
        public LexiconEntry Curated { get; } = curated;
        public string? Parent { get; set; }
        public List<string> Synonyms { get; } = [];
        public List<string> Acronyms { get; } = [];
        public List<string> Collections { get; } = [];
    }
}
