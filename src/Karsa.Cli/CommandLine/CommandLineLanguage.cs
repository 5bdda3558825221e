using System.CommandLine;
using System.CommandLine.Help;

namespace Karsa.Cli.CommandLine;

/// <summary>
/// Puts a command tree into the user's language through System.CommandLine's extension points: the
/// help option's description and action (<see cref="HelpWriter"/>), the version option's description,
/// and unknown words left to <see cref="ParseErrors"/> instead of the library's English errors.
/// </summary>
internal static class CommandLineLanguage
{
    /// <summary>Applies the user's language to <paramref name="root"/> and every command under it.</summary>
    public static void Apply(RootCommand root, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.TreatUnmatchedTokensAsErrors = false;
        foreach (var option in root.Options)
        {
            switch (option)
            {
                case HelpOption help:
                    help.Description = context.T("Tampilkan bantuan dan cara pemakaian", "Show help and usage information");
                    help.Action = new HelpWriter(context);
                    break;
                case VersionOption version:
                    version.Description = context.T("Tampilkan versi Karsa", "Show Karsa's version");
                    break;
            }
        }
    }

    /// <summary>The parser settings of <c>karsa</c>: no response files (an argument starting with '@' is a plain value).</summary>
    public static ParserConfiguration Parser { get; } = new() { ResponseFileTokenReplacer = null };
}
