using PaperGraph.IO;
using PaperGraph.Tests.TestSupport;

namespace PaperGraph.Tests.IO;

/// <summary>
/// What runs as a signal ends the process. <see cref="InterruptCleanup.RunPending"/> removes every pending temporary
/// file of the process, so these tests run apart from the rest: run beside them, it would delete their files mid-write.
/// </summary>
[Collection(ProcessWideState.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class InterruptCleanupTests
{
    [Fact]
    public void A_signal_that_ends_the_process_mid_write_removes_the_temporary_file()
    {
        using var temp = new TempDirectory();
        var path = temp.File("graph.pgz", "previous");
        var leftAtExit = new List<string>();
        Assert.Throws<EndOfProcess>(() => AtomicFile.Write(path, stream =>
        {
            stream.Write(new byte[1 << 20]);
            // What the signal handler runs as SIGQUIT (or a second Ctrl-C) ends the process: no finally block will.
            InterruptCleanup.RunPending();
            leftAtExit.AddRange(temp.TemporaryFiles());
            throw new EndOfProcess();
        }));
        Assert.Empty(leftAtExit);
        Assert.Equal("previous", File.ReadAllText(path));
    }

    private sealed class EndOfProcess : Exception;
}
