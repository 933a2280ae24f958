using System.CommandLine;
using PaperGraph.Learning;

namespace PaperGraph.Cli.Infrastructure;

/// <summary><c>--model FILE</c> and <c>--no-model</c>, shared by the verbs that extract.</summary>
internal sealed class ModelOptions
{
    public Option<string?> Model { get; } = new("--model")
    {
        Description = "A model trained by 'papergraph train' (default: the model built into the tool)",
    };

    public Option<bool> NoModel { get; } = new("--no-model")
    {
        Description = "Extract with the recognizers and binder rules alone, without the trained tagger and decision stage",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Model);
        command.Options.Add(NoModel);
    }

    /// <summary>The model the options ask for; false (with a diagnostic reported) when its file cannot be read.</summary>
    public bool TryResolve(ParseResult parse, DiagnosticReporter reporter, out ExtractionModel? model)
    {
        model = null;
        if (parse.GetValue(NoModel))
        {
            return true;
        }
        if (parse.GetValue(Model) is not { } path)
        {
            model = ExtractionModel.BuiltIn;
            return true;
        }
        var (loaded, problem) = ModelFile.Read(path);
        if (problem is not null)
        {
            reporter.Report(problem);
            return false;
        }
        model = loaded;
        return true;
    }
}
