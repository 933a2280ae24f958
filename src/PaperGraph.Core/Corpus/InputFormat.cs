namespace PaperGraph.Corpus;

/// <summary>The layouts PaperGraph reads. <see cref="Auto"/> tells them apart by content.</summary>
public enum InputFormat
{
    Auto,
    /// <summary>Scraped "Daily Papers" pages: header lines, a date line, then title / abstract line pairs.</summary>
    Seed,
    /// <summary>arXiv metadata JSON lines (id, title, abstract, categories, update_date, ...).</summary>
    Arxiv,
    /// <summary>Plain JSON lines with title and abstract.</summary>
    Jsonl,
}
