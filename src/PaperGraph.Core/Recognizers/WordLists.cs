using System.Collections.Frozen;

namespace PaperGraph.Recognizers;

/// <summary>Closed-class and head-noun word lists the pattern recognizers share.</summary>
/// <remarks>These are grammar (heads of noun phrases, cue verbs), not entity names: names live in the lexicon data files.</remarks>
internal static partial class WordLists
{
    public static readonly FrozenSet<string> MethodHeads = Set(
        "network", "networks", "net", "nets", "model", "models", "framework", "frameworks", "architecture", "architectures",
        "module", "modules", "transformer", "transformers", "algorithm", "algorithms", "method", "methods", "approach", "system",
        "encoder", "decoder", "extractor", "pyramid", "block", "blocks", "layer", "layers", "loss", "mechanism", "scheme",
        "pipeline", "detector", "classifier", "generator", "autoencoder", "estimator", "optimizer", "agent", "head", "operator",
        "filter", "unit", "learner", "solver", "kernel", "backbone", "predictor", "tokenizer", "adapter", "projector", "strategy");

    public static readonly FrozenSet<string> TaskHeads = Set(
        "segmentation", "detection", "classification", "recognition", "localization", "localisation", "estimation", "prediction",
        "retrieval", "generation", "removal", "re-identification", "reidentification", "identification", "translation", "answering",
        "tracking", "captioning", "forecasting", "synthesis", "reconstruction", "completion", "summarization", "summarisation",
        "parsing", "matching", "registration", "inpainting", "denoising", "deblurring", "super-resolution", "restoration",
        "editing", "grounding", "navigation", "clustering", "ranking", "recommendation", "understanding", "verification",
        "counting", "enhancement", "dehazing", "deraining", "colorization", "labeling", "labelling", "tagging", "extraction",
        "diagnosis", "screening", "alignment", "correction", "imputation", "transcription", "spotting", "mapping", "planning",
        "animation", "rendering", "compression", "reasoning");

    public static readonly FrozenSet<string> TechniqueHeads = Set(
        "learning", "training", "adaptation", "augmentation", "distillation", "regularization", "regularisation", "normalization",
        "tuning", "fine-tuning", "finetuning", "pruning", "quantization", "merging", "prompting", "pretraining", "pre-training",
        "sampling", "dropout", "ensembling", "optimization", "attention", "smoothing", "hashing");

    public static readonly FrozenSet<string> DatasetHeads = Set(
        "dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora", "database", "databases", "suite", "collection");

    /// <summary>Words that introduce the paper's own contribution when they stand right before a name.</summary>
    public static readonly FrozenSet<string> ProposalVerbs = Set(
        "propose", "proposes", "proposed", "present", "presents", "introduce", "introduces", "develop", "develops",
        "design", "designs", "devise", "devises", "dubbed", "named", "called", "termed", "coined", "build", "builds", "construct", "constructs",
        "contribute", "contributes", "release", "releases", "establish", "establishes", "curate", "curates", "collect", "collects");

    /// <summary>Words that, met while walking back from a name, show it is not the subject of a proposal verb.</summary>
    public static readonly FrozenSet<string> ProposalBreakers = Set(
        "use", "uses", "using", "used", "utilize", "utilizes", "utilizing", "leverage", "leverages", "leveraging", "adopt", "adopts", "adopting",
        "with", "against", "than", "compared", "compare", "over", "on", "by", "from", "to", "of", "that", "which", "outperform",
        "outperforms", "outperforming", "based", "upon", "via", "for", "in", "into", "like", "such", "as", "beyond", "unlike",
        "including", "e.g", "i.e", "versus", "vs", "existing", "previous", "prior", "baseline", "baselines", "popular", "pretrained", "pre-trained");

    /// <summary>Lead-ins of a list of named parts of the proposed method.</summary>
    public static readonly FrozenSet<string> PartListCues = Set(
        "namely", "consists", "consist", "consisting", "comprises", "comprise", "comprising", "composed", "contains", "includes");

    /// <summary>Capitalised tokens that look like names but are not methods (metrics, hardware, venues, generic acronyms).</summary>
    public static readonly FrozenSet<string> NotMethodNames = FrozenSet.ToFrozenSet(
        [
            "mAP", "mIoU", "IoU", "AP", "AUC", "AUROC", "ROC", "PSNR", "SSIM", "LPIPS", "FID", "IS", "BLEU", "ROUGE", "METEOR", "CIDEr",
            "F1", "MSE", "RMSE", "NDCG", "MRR", "FLOPs", "GFLOPs", "TFLOPs", "FPS", "GPU", "GPUs", "CPU", "CPUs", "TPU", "TPUs",
            "RAM", "AI", "ML", "DL", "NLP", "CV", "RGB", "RGB-D", "2D", "3D", "4D", "1D", "API", "APIs", "URL", "SOTA", "IID", "OOD",
            "PDF", "GitHub", "arXiv", "IEEE", "CVPR", "ICCV", "ECCV", "NeurIPS", "ICML", "ICLR", "AAAI", "IJCAI", "ACL", "EMNLP", "NAACL",
            "KDD", "WWW", "SIGIR", "MICCAI", "PyTorch", "TensorFlow", "JAX", "USA", "UK", "EU", "US", "HD", "UHD", "4K", "8K", "II", "III",
            "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "MB", "GB", "TB", "KB", "MHz", "GHz", "ms", "FP16", "FP32", "INT8", "INT4",
            "TL", "DR", "PhD", "OK", "vs", "etc", "Top-1", "Top-5", "ImageNet-pretrained", "SoTA", "MLLMs", "LLMs", "VLMs", "DNNs", "CNNs",
            "ID", "IDs", "IN", "OR", "AND", "NOT", "ReLU", "GELU", "SiLU", "Softmax", "YouTube", "Twitter", "Reddit", "Wikipedia", "ChatGPT-generated", "AP50", "AP75",
            "GNNs", "RNNs", "MLPs", "ViTs", "LMs", "PLMs", "LVLMs", "MLLM", "LLM", "VLM", "DNN", "CNN", "GNN", "RNN", "MLP", "LM", "PLM", "LVLM",
        ],
        StringComparer.Ordinal);

    /// <summary>Every head noun of the four kinds in one set, so "is it any head noun" is one lookup, not four.</summary>
    public static readonly FrozenSet<string> AnyHeads = DatasetHeads.Union(MethodHeads).Union(TaskHeads).Union(TechniqueHeads)
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>The kind a phrase ending in this head noun names: a task ("detection"), a technique ("distillation"), or neither.</summary>
    public static Model.EntityKind? KindOfHead(string word) =>
        TaskHeads.Contains(word) ? Model.EntityKind.Task : TechniqueHeads.Contains(word) ? Model.EntityKind.Technique : null;

    public static bool IsMetricLike(string name) => name.Length <= 12 && char.IsDigit(name[^1]) && MetricLike().IsMatch(name);

    [System.Text.RegularExpressions.GeneratedRegex(@"^(m?AP|AR|AUC|R|P|F|Top|Acc|Hit|NDCG|MRR|HR)[-@]?\d+(\.\d+)?$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex MetricLike();

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
