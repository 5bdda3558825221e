namespace Karsa.Cli;

/// <summary>The exit codes of <c>karsa</c>, documented in README.md.</summary>
public static class ExitCodes
{
    /// <summary>Success (warnings may have been shown).</summary>
    public const int Ok = 0;

    /// <summary>The input is invalid: every problem was printed to stderr; nothing was written.</summary>
    public const int InvalidInput = 1;

    /// <summary>The command line itself is wrong (unknown option, missing argument).</summary>
    public const int Usage = 2;

    /// <summary>The region or version asked for is not stored.</summary>
    public const int NotFound = 3;

    /// <summary>The database cannot be opened or written.</summary>
    public const int Database = 4;

    /// <summary>The plan cannot be scheduled (mandatory programmes do not fit).</summary>
    public const int Infeasible = 5;

    /// <summary>A tool Karsa needs is missing (e.g. Chromium for PDF).</summary>
    public const int MissingTool = 6;

    /// <summary>A file cannot be read or written (missing folder, no permission, disk full).</summary>
    public const int FileError = 7;

    /// <summary>An unexpected internal error (a bug: please report it).</summary>
    public const int Internal = 70;
}
