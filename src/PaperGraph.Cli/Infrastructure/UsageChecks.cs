using System.CommandLine;

namespace PaperGraph.Cli.Infrastructure;

/// <summary>
/// Option values that cannot mean anything (<c>--k 0</c>, <c>--depth 0</c>, a negative count) are parse errors, so
/// exit code 2 with the reason, never silently mended into something the user did not ask for.
/// </summary>
internal static class UsageChecks
{
    public static Option<int> AtLeast(this Option<int> option, int minimum, int maximum = int.MaxValue)
    {
        option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<int>();
            if (value < minimum || value > maximum)
            {
                result.AddError(Range(option.Name, value, minimum, maximum));
            }
        });
        return option;
    }

    public static Option<int?> AtLeast(this Option<int?> option, int minimum)
    {
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is { } value && value < minimum)
            {
                result.AddError(Range(option.Name, value, minimum, int.MaxValue));
            }
        });
        return option;
    }

    private static string Range(string name, int value, int minimum, int maximum) => maximum == int.MaxValue
        ? $"{name} must be at least {minimum} (got {value})"
        : $"{name} must be between {minimum} and {maximum} (got {value})";
}
