using System.IO.Compression;
using PaperGraph.Corpus;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Corpus;

/// <summary>Gzip-compressed corpora (arXiv dumps ship as <c>.jsonl.gz</c>) read as their decompressed lines, told by content.</summary>
public sealed class GzipInputTests
{
    private static byte[] Gzip(byte[] bytes)
    {
        using var compressed = new MemoryStream();
        using (var gzip = new GZipStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(bytes);
        }
        return compressed.ToArray();
    }

    private static List<(string Id, string Title, string Abstract, string Dates)> Papers(params string[] inputs)
    {
        using var reader = new CorpusReader(inputs);
        return reader.ReadPapers().OfType<PaperEntry>()
            .Select(entry => (entry.Paper.Id, entry.Paper.Title, entry.Paper.Abstract, string.Join(",", entry.Paper.Dates)))
            .ToList();
    }

    private static byte[] Lines(int from, int count) =>
        System.Text.Encoding.UTF8.GetBytes(string.Concat(Enumerable.Range(from, count)
            .Select(i => $$"""{"id":"2401.{{i:D5}}","title":"Paper {{i}}","abstract":"We study low-rank adaptation on GLUE, run {{i}}.","categories":"cs.LG"}""" + "\n")));

    [Fact]
    public void Gzip_copies_of_the_seed_pages_read_the_same_papers_as_the_plain_pages()
    {
        using var temp = new TempDirectory();
        foreach (var page in Directory.GetFiles(Repository.Seeds))
        {
            File.WriteAllBytes(Path.Combine(temp.Path, Path.GetFileName(page) + ".gz"), Gzip(File.ReadAllBytes(page)));
        }
        var plain = Papers(Repository.Seeds);
        Assert.Equal(285, plain.Count);
        Assert.Equal(plain, Papers(temp.Path));
    }

    [Fact]
    public void Gzip_is_told_by_its_bytes_not_its_name_and_a_folder_takes_jsonl_gz_files()
    {
        using var temp = new TempDirectory();
        var folder = Directory.CreateDirectory(Path.Combine(temp.Path, "corpus")).FullName;
        File.WriteAllBytes(Path.Combine(folder, "a.jsonl.gz"), Gzip(Lines(0, 3)));
        File.WriteAllBytes(Path.Combine(folder, "notes.gz"), Gzip(Lines(10, 3)));
        var misnamed = temp.File("b.jsonl", Gzip(Lines(20, 2)));
        Assert.Equal(3, Papers(folder).Count);
        Assert.Equal(["2401.00020", "2401.00021"], Papers(misnamed).Select(paper => paper.Id));
    }

    [Fact]
    public void Concatenated_gzip_members_read_as_one_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("two.jsonl.gz", [.. Gzip(Lines(0, 2)), .. Gzip(Lines(2, 2))]);
        Assert.Equal(["2401.00000", "2401.00001", "2401.00002", "2401.00003"], Papers(path).Select(paper => paper.Id));
    }

    [Fact]
    public void A_damaged_gzip_file_keeps_the_papers_before_the_damage_and_says_where_it_stopped()
    {
        using var temp = new TempDirectory();
        var bytes = Gzip(Lines(0, 2000));
        for (var i = bytes.Length / 2; i < bytes.Length / 2 + 64; i++)
        {
            bytes[i] ^= 0x5A;
        }
        var path = temp.File("damaged.jsonl.gz", bytes);
        using var reader = new CorpusReader([path]);
        var entries = reader.ReadPapers().ToList();
        var papers = entries.OfType<PaperEntry>().Count();
        Assert.InRange(papers, 1, 1999);
        var problem = Assert.Single(entries.OfType<DiagnosticEntry>(), entry => entry.Diagnostic.Id == "PG1009").Diagnostic;
        Assert.Contains("not a valid gzip file", problem.Message, StringComparison.Ordinal);
        Assert.Equal(path, problem.Location.FilePath);
    }
}
