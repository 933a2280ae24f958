using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Text.RegularExpressions;
using PaperGraph.Model;
using PaperGraph.Recognizers;
using PaperGraph.Syntax;

namespace PaperGraph.Binding;

/// <summary>Why a candidate is not an entity at all, whatever its kind.</summary>
internal enum JunkReason
{
    None,
    /// <summary>"77.9%(+2.1%)", "7.5", "3x": numbers and scores.</summary>
    Number,
    /// <summary>"FID", "FVD-3", "ROC-AUC": evaluation metrics.</summary>
    Metric,
    /// <summary>"H100", "RTX 4090", "GPU": hardware.</summary>
    Hardware,
    /// <summary>"OpenAI", "Stanford": organisations.</summary>
    Organisation,
    /// <summary>"Smith24a", "Vaswani2017": citation keys.</summary>
    CitationKey,
    /// <summary>"Boundaries" in a title that the abstract writes as "boundaries"; "Multi" cut from "Multi-Agent".</summary>
    CommonWord,
    /// <summary>"…) and datasets": unbalanced brackets.</summary>
    Fragment,
    /// <summary>"improve coherent planning": a task phrase led by a verb.</summary>
    VerbPhrase,
}

/// <summary>
/// Drops candidates that are no entity of any kind: numbers, metrics, hardware, organisations, citation keys, common
/// words cut from titles, bracket fragments and verb-led task phrases. Runs before the decision stage and the binder.
/// </summary>
/// <remarks>These are closed classes (a metric is never a method), so a rule is the right tool; what is open-ended is left to the model.</remarks>
internal static partial class JunkFilter
{
    private static readonly FrozenSet<string> Metrics = new[]
    {
        "map", "miou", "iou", "ap", "ap50", "ap75", "auc", "auroc", "auprc", "roc", "roc-auc", "pr-auc", "psnr", "ssim", "ms-ssim", "lpips",
        "fid", "fvd", "kid", "is", "clip score", "clipscore", "bleu", "rouge", "rouge-l", "meteor", "cider", "spice", "bertscore", "f1",
        "f1-score", "mse", "rmse", "mae", "mape", "ndcg", "mrr", "eer", "wer", "cer", "ter", "chrf", "accuracy", "top-1", "top-5",
        "recall@k", "hit rate", "perplexity", "ppl", "fps", "flops", "gflops", "tflops", "macs", "latency", "ece", "nll", "hota", "mota",
        "motp", "idf1", "ade", "fde", "pck", "mpjpe", "chamfer distance", "emd", "dice", "hd95", "sdr", "si-sdr", "pesq", "stoi", "mos",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> Organisations = new[]
    {
        "google", "google deepmind", "deepmind", "meta", "meta ai", "facebook", "openai", "microsoft", "nvidia", "anthropic", "alibaba",
        "baidu", "tencent", "huawei", "apple", "amazon", "ibm", "intel", "amd", "qualcomm", "samsung", "bytedance", "xiaomi", "stanford",
        "mit", "cmu", "berkeley", "oxford", "cambridge", "harvard", "tsinghua", "princeton", "eth zurich", "inria", "mila", "allen ai",
        "hugging face", "huggingface", "github", "kaggle", "arxiv", "ieee", "acm",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Verbs that lead a clause ("improve", "study"), never a task's noun phrase.</summary>
    internal static readonly FrozenSet<string> LeadingVerbs = new[]
    {
        "improve", "improves", "improving", "enhance", "enhances", "enable", "enables", "achieve", "achieves", "reduce", "reduces",
        "boost", "boosts", "facilitate", "facilitates", "support", "supports", "allow", "allows", "require", "requires", "provide",
        "provides", "make", "makes", "use", "uses", "leverage", "leverages", "address", "addresses", "tackle", "tackles", "solve",
        "solves", "perform", "performs", "study", "studies", "explore", "explores", "investigate", "investigates", "propose", "proposes",
        "introduce", "introduces", "advance", "advances", "accelerate", "accelerates", "ensure", "ensures", "mitigate", "mitigates",
        "handle", "handles", "benefit", "benefits", "promote", "promotes", "yield", "yields", "obtain", "obtains", "evaluate", "evaluates",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The candidates that are not junk, in their order.</summary>
    public static ImmutableArray<EntityCandidate> Filter(Document document, ImmutableArray<EntityCandidate> candidates)
    {
        ImmutableArray<EntityCandidate>.Builder? kept = null;
        for (var i = 0; i < candidates.Length; i++)
        {
            var candidate = candidates[i];
            var text = candidate.Name ?? document[candidate.Field].Text.ToString(candidate.Span);
            var junk = Classify(document, candidate, text) != JunkReason.None;
            if (junk && kept is null)
            {
                kept = ImmutableArray.CreateBuilder<EntityCandidate>(candidates.Length);
                kept.AddRange(candidates, i);
            }
            else if (!junk)
            {
                kept?.Add(candidate);
            }
        }
        return kept?.ToImmutable() ?? candidates;
    }

    /// <summary>Why the candidate is junk, or <see cref="JunkReason.None"/>.</summary>
    public static JunkReason Classify(Document document, EntityCandidate candidate, string text)
    {
        var reason = Classify(candidate.Kind, text);
        if (reason != JunkReason.None)
        {
            return reason;
        }
        var section = document[candidate.Field];
        var span = candidate.Span;
        // "Multi" taken from "Multi-Agent", "Vision" from "Vision-Language": a piece of a hyphenated word is no name.
        var sectionText = section.Text.Text;
        if (candidate.Name is null && (candidate.Kind is EntityKind.Method or EntityKind.Dataset)
            && span.End + 1 < sectionText.Length && sectionText[span.End] == '-' && char.IsLetter(sectionText[span.End + 1])
            && !text.Contains('-') && !text.Contains(' ') && !NameShape.IsDistinctive(text) && !NameShape.IsAllCaps(text))
        {
            return JunkReason.CommonWord;
        }
        // "Boundaries" as a title name when the abstract writes "boundaries": an ordinary word in title case.
        if (candidate.Kind == EntityKind.Method && candidate.Field == DocumentField.Title && candidate.Entries.IsEmpty
            && text.Length > 2 && !text.Contains(' ') && char.IsUpper(text[0]) && text.Skip(1).All(char.IsLower)
            && ContainsWord(document.Abstract.Text.Text, text.ToLowerInvariant()))
        {
            return JunkReason.CommonWord;
        }
        return JunkReason.None;
    }

    /// <summary>The reasons that depend on the text and kind alone.</summary>
    public static JunkReason Classify(EntityKind kind, string text)
    {
        var letters = 0;
        var digits = 0;
        var open = 0;
        var balanced = true;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c is '(' or '[' or '{')
            {
                open++;
            }
            else if (c is ')' or ']' or '}')
            {
                balanced &= open > 0;
                open--;
            }
        }
        if (!balanced || open != 0)
        {
            return JunkReason.Fragment;
        }
        if (letters == 0 || char.IsDigit(text[0]) && letters <= 1 || text.Contains('%') && letters <= 2)
        {
            return JunkReason.Number;
        }
        var lower = text.ToLowerInvariant();
        if (kind != EntityKind.Task && (Metrics.Contains(lower) || MetricWithSuffix().IsMatch(text) && Metrics.Contains(MetricWithSuffix().Match(text).Groups[1].Value)))
        {
            return JunkReason.Metric;
        }
        if (kind is EntityKind.Method or EntityKind.Dataset && Hardware().IsMatch(text))
        {
            return JunkReason.Hardware;
        }
        if (Organisations.Contains(lower))
        {
            return JunkReason.Organisation;
        }
        if (kind != EntityKind.Task && CitationKey().IsMatch(text))
        {
            return JunkReason.CitationKey;
        }
        if (kind == EntityKind.Task)
        {
            var firstSpace = text.IndexOf(' ');
            if (firstSpace > 0 && LeadingVerbs.Contains(text[..firstSpace]))
            {
                return JunkReason.VerbPhrase;
            }
        }
        return JunkReason.None;
    }

    private static bool ContainsWord(string text, string word)
    {
        var at = 0;
        while ((at = text.IndexOf(word, at, StringComparison.Ordinal)) >= 0)
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
            at = end;
        }
        return false;
    }

    /// <summary>"FVD-3", "AP50", "F1@5": a metric name with a cut-off or variant after it.</summary>
    [GeneratedRegex(@"^([A-Za-z]+)[-@]?\d+$")]
    private static partial Regex MetricWithSuffix();

    /// <summary>"H100", "A100", "V100", "RTX 4090", "GTX 1080 Ti", "TPU v4", "GPU", "Jetson Orin".</summary>
    [GeneratedRegex(@"^(?:[AHVLTP]\d{2,3}[A-Za-z]?|(?:RTX|GTX|Tesla|Quadro)\s?[A-Z]?\d{3,4}(?:\s?Ti)?|[GTN]PUs?(?:\s?v\d)?|Jetson(?:\s\w+)?)$")]
    private static partial Regex Hardware();

    /// <summary>"Smith24a", "Vaswani2017", "Chen et al": author-year citation keys.</summary>
    [GeneratedRegex(@"^(?:[A-Z][a-z]{2,}(?:19|20)?\d{2}[a-z]?|[A-Z][a-z]+ et al\.?)$")]
    private static partial Regex CitationKey();
}
