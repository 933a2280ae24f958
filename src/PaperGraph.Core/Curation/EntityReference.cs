using PaperGraph.Model;

namespace PaperGraph.Curation;

/// <summary>
/// An entity as a curation file names it: a key, display name or alias, resolved case-insensitively like the CLI's
/// entity arguments, optionally prefixed by a kind ("method:LoRA", "task:segmentation").
/// </summary>
public sealed record EntityReference(EntityKind? Kind, string Name)
{
    /// <summary>"method:LoRA" has a kind; "Mask R-CNN: a note" does not, since "Mask R-CNN" is no kind.</summary>
    public static EntityReference Parse(string text)
    {
        var colon = text.IndexOf(':');
        if (colon > 0 && EntityKindNames.TryParse(text[..colon], out var kind) && text[(colon + 1)..].Trim().Length > 0)
        {
            return new EntityReference(kind, text[(colon + 1)..].Trim());
        }
        return new EntityReference(null, text.Trim());
    }

    public override string ToString() => Kind is { } kind ? $"{kind.ToName()}:{Name}" : Name;
}
