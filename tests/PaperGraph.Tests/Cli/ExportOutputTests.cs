using PaperGraph.Cli.Commands;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Export;
using PaperGraph.Graph;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.Cli;

/// <summary>How the export command writes folder formats (neo4j-admin CSV and the like), with a stand-in exporter.</summary>
public sealed class ExportOutputTests
{
    private sealed class FolderExporter(bool fail = false) : GraphExporter
    {
        public override string Format => "folder";
        public override string Description => "test folder format";
        public override string DefaultExtension => "";
        public override bool WritesDirectory => true;

        public override void WriteDirectory(KnowledgeGraph graph, string directory, ExportRun run)
        {
            File.WriteAllText(Path.Combine(directory, "nodes.csv"), $"{graph.Nodes.Length}\n");
            if (fail)
            {
                throw new IOException("disk full");
            }
            File.WriteAllText(Path.Combine(directory, "edges.csv"), $"{graph.Edges.Length}\n");
        }
    }

    private static (int Exit, string Error) Write(GraphExporter exporter, string path)
    {
        var error = new StringWriter();
        var exit = ExportCommand.Write(exporter, SampleGraphs.Tricky(), path, new CliConsole(new StringWriter(), error));
        return (exit, error.ToString());
    }

    [Fact]
    public void A_folder_format_writes_a_new_folder_whole()
    {
        using var temp = new TempDirectory();
        var target = temp.Combine("csv");
        var (exit, error) = Write(new FolderExporter(), target);
        Assert.True(exit == 0, error);
        Assert.Equal(["edges.csv", "nodes.csv"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Single(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_folder_format_fills_an_empty_folder_but_never_replaces_a_full_one()
    {
        using var temp = new TempDirectory();
        var empty = Directory.CreateDirectory(temp.Combine("empty")).FullName;
        Assert.Equal(0, Write(new FolderExporter(), empty).Exit);
        Assert.Equal(2, Directory.GetFiles(empty).Length);

        var full = Directory.CreateDirectory(temp.Combine("full")).FullName;
        File.WriteAllText(Path.Combine(full, "mine.txt"), "keep me");
        var (exit, error) = Write(new FolderExporter(), full);
        Assert.Equal(3, exit);
        Assert.Contains("needs a new or empty directory", error);
        Assert.Equal(["mine.txt"], Directory.GetFiles(full).Select(Path.GetFileName));
    }

    [Fact]
    public void A_folder_format_that_fails_midway_leaves_nothing_behind()
    {
        using var temp = new TempDirectory();
        var (exit, error) = Write(new FolderExporter(fail: true), temp.Combine("csv"));
        Assert.Equal(3, exit);
        Assert.Contains("disk full", error);
        Assert.Empty(Directory.GetFileSystemEntries(temp.Path));
    }

    [Fact]
    public void A_folder_format_cannot_go_to_stdout()
    {
        Assert.Equal(2, Write(new FolderExporter(), "-").Exit);
    }
}
