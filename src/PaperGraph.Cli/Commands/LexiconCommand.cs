using System.CommandLine;
using System.Text;
using PaperGraph.Cli.Infrastructure;
using PaperGraph.Diagnostics;
using PaperGraph.IO;
using PaperGraph.Lexicon;
using PaperGraph.Lexicon.PapersWithCode;

namespace PaperGraph.Cli.Commands;

/// <summary>
/// <c>papergraph lexicon import-pwc --pwc DIR --corpus FILE -o DIR</c>: regenerates the Papers with Code lexicon files
/// (src/PaperGraph.Core/Lexicon/Data/pwc-*.yaml) from the dump, filtered against the curated lexicon.
/// </summary>
internal static class LexiconCommand
{
    public static Command Create(CliConsole console)
    {
        var command = new Command("lexicon", "Maintain the built-in lexicons");
        command.Subcommands.Add(ImportPwc(console));
        return command;
    }

    private static Command ImportPwc(CliConsole console)
    {
        var pwc = new Option<string>("--pwc") { Description = "The Papers with Code dump folder (methods.json, task tables, task_hierarchy.csv)", Required = true };
        var corpus = new Option<string?>("--corpus")
        {
            Description = "Abstracts as JSON lines (.gz allowed) whose word usage tells ordinary words from names; without it, no word counts as ordinary",
        };
        var output = CommonOptions.Output("The folder to write pwc-*.yaml into");
        output.Required = true;
        var skip = new Option<string[]>("--skip") { Description = "Leave out a class of entries (as named in the report), to measure what it adds", AllowMultipleArgumentsPerToken = true };
        var matchTasks = new Option<bool>("--match-tasks") { Description = "Make tasks matchable in text, not only the task taxonomy (costs precision; for measuring)" };
        var command = new Command("import-pwc", "Generate the Papers with Code lexicon files (CC BY-SA 4.0) from the dump") { pwc, corpus, output, skip, matchTasks };
        command.SetAction(parse =>
        {
            var directory = parse.GetValue(pwc)!;
            if (!Directory.Exists(directory))
            {
                console.Report(DiagnosticCatalog.InputNotFound, directory);
                return ExitCodes.Usage;
            }
            var corpusPath = parse.GetValue(corpus);
            if (corpusPath is not null && !File.Exists(corpusPath))
            {
                console.Report(DiagnosticCatalog.InputNotFound, corpusPath);
                return ExitCodes.Usage;
            }
            var usage = corpusPath is null ? WordUsage.Empty : WordUsage.FromJsonLines(corpusPath);
            var import = new PwcImporter(LexiconLoader.Curated, usage, parse.GetValue(skip), parse.GetValue(matchTasks)).Import(PwcDump.Read(directory));
            var target = parse.GetValue(output)!;
            try
            {
                Directory.CreateDirectory(target);
                foreach (var (fileName, text) in PwcLexiconFiles.Render(import))
                {
                    AtomicFile.Write(Path.Combine(target, fileName), stream => stream.Write(Encoding.UTF8.GetBytes(text)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                console.Report(DiagnosticCatalog.OutputNotWritable, target, exception.Message);
                return ExitCodes.OutputFailed;
            }
            foreach (var (rule, count) in import.Counts)
            {
                console.Out.WriteLine($"{count,6}  {rule}");
            }
            console.Error.WriteLine($"{import.Entries.Length} entries written to {target} ({usage.TextCount} texts counted for word usage)");
            return ExitCodes.Success;
        });
        return command;
    }
}
