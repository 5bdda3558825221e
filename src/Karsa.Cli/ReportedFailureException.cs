namespace Karsa.Cli;

/// <summary>
/// Thrown by CLI code that has already told the user what went wrong, to end the command with
/// <see cref="ExitCode"/> and print nothing more.
/// </summary>
public sealed class ReportedFailureException : Exception
{
    /// <summary>A failure that ends the command with <paramref name="exitCode"/>.</summary>
    public ReportedFailureException(int exitCode)
        : base($"karsa ends with exit code {exitCode}") => ExitCode = exitCode;

    /// <summary>Not used: a reported failure always carries its exit code.</summary>
    public ReportedFailureException()
        : this(ExitCodes.Internal)
    {
    }

    /// <summary>Not used: a reported failure always carries its exit code.</summary>
    public ReportedFailureException(string message)
        : base(message) => ExitCode = ExitCodes.Internal;

    /// <summary>Not used: a reported failure always carries its exit code.</summary>
    public ReportedFailureException(string message, Exception innerException)
        : base(message, innerException) => ExitCode = ExitCodes.Internal;

    /// <summary>The exit code of <c>karsa</c>.</summary>
    public int ExitCode { get; }
}
