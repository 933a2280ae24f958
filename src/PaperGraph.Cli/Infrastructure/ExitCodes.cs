namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Exit codes: 0 success, 1 input had errors (output written for the rest), 2 usage error or unknown name, 3 cannot write
/// output, 70 internal error (PG9001, a bug), 130 interrupted (Ctrl-C), 143 terminated (SIGTERM).
/// </summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
    public const int OutputFailed = 3;
    public const int InternalError = 70;
    public const int Interrupted = 130;
    public const int Terminated = 143;
}
