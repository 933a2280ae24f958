using System.Runtime.InteropServices;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM as a cancellation: the command stops at its next check, its temporary files are removed
/// as the cancellation unwinds, and the process exits 130 or 143 like a shell would report the signal.
/// </summary>
internal sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private readonly PosixSignalRegistration[] _registrations;

    private Interruption()
    {
        PaperGraph.IO.InterruptCleanup.SignalsCancel = true;
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal),
        ];
    }

    public CancellationToken Token => _cancellation.Token;

    /// <summary>The signal that cancelled the run, if one did.</summary>
    public PosixSignal? Signal { get; private set; }

    /// <summary>Starts handling the signals for this process (only a real process does; tests run commands in-process).</summary>
    public static Interruption Register() => new();

    /// <summary>The exit code for a run that <paramref name="signal"/> cancelled.</summary>
    public static int ExitCodeFor(PosixSignal? signal) => signal == PosixSignal.SIGTERM ? ExitCodes.Terminated : ExitCodes.Interrupted;

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
        _cancellation.Dispose();
        PaperGraph.IO.InterruptCleanup.SignalsCancel = false;
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Signal is not null)
        {
            // A second signal: stop waiting for the command to notice (one blocked reading a terminal, say) and let
            // the signal end the process, without the temporary files its finally blocks would have removed.
            PaperGraph.IO.InterruptCleanup.RunPending();
            context.Cancel = false;
            return;
        }
        Signal = context.Signal;
        context.Cancel = true;
        _cancellation.Cancel();
    }
}
