using System.Runtime.InteropServices;

namespace PaperGraph.IO;

/// <summary>
/// Runs a clean-up when a signal ends the process while it is registered: finally blocks do not run when a signal
/// ends the process, and a half-written temporary file must not stay behind.
/// </summary>
/// <remarks>
/// When the CLI turns Ctrl-C and SIGTERM into a cancellation (<see cref="SignalsCancel"/>), the first such signal
/// unwinds the write and its finally block removes the file; only a second one ends the process, and the CLI then
/// calls <see cref="RunPending"/> first. SIGQUIT (and, without the CLI's handling, SIGINT and SIGTERM) end the
/// process at once, so the clean-up runs from the signal handler.
/// </remarks>
internal sealed class InterruptCleanup : IDisposable
{
    private static readonly HashSet<InterruptCleanup> Pending = [];
    private static volatile bool s_signalsCancel;

    private readonly Action _cleanup;
    private readonly PosixSignalRegistration[] _registrations;
    private int _done;

    private InterruptCleanup(Action cleanup)
    {
        _cleanup = cleanup;
        lock (Pending)
        {
            Pending.Add(this);
        }
        PosixSignal[] signals = s_signalsCancel ? [PosixSignal.SIGQUIT] : [PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT];
        // Not cancelled: the process still ends as the signal asks.
        _registrations = [.. signals.Select(signal => PosixSignalRegistration.Create(signal, _ => Run()))];
    }

    /// <summary>
    /// Set by a host that turns SIGINT and SIGTERM into a cancellation: those signals then unwind the write instead of
    /// ending the process, and the host calls <see cref="RunPending"/> when one does end it.
    /// </summary>
    public static bool SignalsCancel
    {
        get => s_signalsCancel;
        set => s_signalsCancel = value;
    }

    public static InterruptCleanup Register(Action cleanup) => new(cleanup);

    /// <summary>Runs every registered clean-up now: the process is about to end by a signal.</summary>
    public static void RunPending()
    {
        InterruptCleanup[] pending;
        lock (Pending)
        {
            pending = [.. Pending];
        }
        foreach (var cleanup in pending)
        {
            cleanup.Run();
        }
    }

    public void Dispose()
    {
        lock (Pending)
        {
            Pending.Remove(this);
        }
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }

    private void Run()
    {
        if (Interlocked.Exchange(ref _done, 1) == 0)
        {
            try
            {
                _cleanup();
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // Being interrupted is no time to fail loudly; the next run overwrites a leftover.
            }
        }
    }
}
