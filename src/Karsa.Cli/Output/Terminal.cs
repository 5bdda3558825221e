using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>A Spectre.Console console over the command's output writer (plain text when redirected), and the width to fit.</summary>
internal static class Terminal
{
    /// <summary>The width used when nothing better is known (output redirected and no $COLUMNS).</summary>
    public const int DefaultWidth = 80;

    /// <summary>
    /// A console over <paramref name="writer"/> that fits <paramref name="width"/> columns. Without a width,
    /// redirected output keeps the old fixed 160 columns (for tables not yet laid out for narrow widths:
    /// pass <see cref="CliContext.Width"/> once a table drops or wraps its columns itself, as the roadmap does).
    /// </summary>
    public static IAnsiConsole For(TextWriter writer, bool isError = false, int? width = null)
    {
        var redirected = isError ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (width is { } fitted)
        {
            console.Profile.Width = fitted;
        }
        else if (redirected || (writer != Console.Out && writer != Console.Error))
        {
            console.Profile.Width = 160;
        }

        return console;
    }

    /// <summary>
    /// How many columns output to <paramref name="writer"/> may use: the terminal's width when it is the
    /// console and not redirected, else $COLUMNS, else <see cref="DefaultWidth"/>.
    /// </summary>
    public static int WidthOf(TextWriter writer)
    {
        if ((writer == Console.Out && !Console.IsOutputRedirected) || (writer == Console.Error && !Console.IsErrorRedirected))
        {
            try
            {
                if (Console.WindowWidth > 0)
                {
                    return Console.WindowWidth;
                }
            }
            catch (IOException)
            {
                // No terminal after all: fall back below.
            }
        }

        return int.TryParse(Environment.GetEnvironmentVariable("COLUMNS"), out var columns) && columns > 0 ? columns : DefaultWidth;
    }
}
