using Spectre.Console;

namespace Karsa.Cli.Output;

/// <summary>A Spectre.Console console over the command's output writer (plain text when redirected).</summary>
internal static class Terminal
{
    public static IAnsiConsole For(TextWriter writer, bool isError = false)
    {
        var redirected = isError ? Console.IsErrorRedirected : Console.IsOutputRedirected;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = redirected ? AnsiSupport.No : AnsiSupport.Detect,
            ColorSystem = redirected ? ColorSystemSupport.NoColors : ColorSystemSupport.Detect,
            Interactive = redirected ? InteractionSupport.No : InteractionSupport.Detect,
        });
        if (redirected || writer != Console.Out && writer != Console.Error)
        {
            console.Profile.Width = 160;
        }

        return console;
    }
}
