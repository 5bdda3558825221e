using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>A Spectre.Console console over the command's output writer (plain text when redirected), and the width to fit.</summary>
internal static class Terminal
{
    /// <summary>The width used when nothing better is known (output redirected and no $COLUMNS).</summary>
    public const int DefaultWidth = 80;

    /// <summary>A console over <paramref name="writer"/> that fits <paramref name="width"/> columns (default: <see cref="WidthOf"/>).</summary>
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
        console.Profile.Width = width ?? WidthOf(writer);
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
