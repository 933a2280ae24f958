using System.Runtime.InteropServices;

namespace PaperGraph.IO;

/// <summary>
/// Runs a clean-up when the process is interrupted (Ctrl-C, SIGTERM, SIGQUIT) while it is registered: finally blocks
/// do not run when a signal ends the process, and a half-written temporary file must not stay behind.
/// </summary>
internal sealed class InterruptCleanup : IDisposable
{
    private readonly PosixSignalRegistration[] _registrations;
    private int _done;

    private InterruptCleanup(Action cleanup)
    {
        void Run(PosixSignalContext context)
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                try
                {
                    cleanup();
                }
                catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
                {
                    // Being interrupted is no time to fail loudly; the next run overwrites a leftover.
                }
            }
            // Not cancelled: the process still ends as the signal asks.
        }
        _registrations = [.. new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGQUIT }.Select(signal => PosixSignalRegistration.Create(signal, Run))];
    }

    public static InterruptCleanup Register(Action cleanup) => new(cleanup);

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }
    }
}
