namespace PaperGraph.Tests.TestSupport;

/// <summary>
/// Tests that act on or measure what the whole test process shares (its pending clean-ups, its heap) run one at a
/// time, apart from the rest: beside other tests they would delete those tests' files, or count their memory.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessWideState
{
    public const string Name = "process-wide state";
}
