namespace PaperGraph.Cli.Infrastructure;

/// <summary>Exit codes: 0 success, 1 input had errors (output written for the rest), 2 usage error or unknown name, 3 cannot write output.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int InputErrors = 1;
    public const int Usage = 2;
    public const int OutputFailed = 3;
}
