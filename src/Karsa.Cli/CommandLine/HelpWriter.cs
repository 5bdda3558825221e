using System.CommandLine;
using System.CommandLine.Completions;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Karsa.Cli.Output;
using Karsa.Domain.Primitives;

namespace Karsa.Cli.CommandLine;

/// <summary>
/// The help of a <c>karsa</c> command in the user's language, fitted to the terminal's width: it
/// replaces System.CommandLine's help action, whose headings and texts are English only.
/// </summary>
internal sealed class HelpWriter(CliContext context) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        Write(parseResult.CommandResult.Command);
        return ExitCodes.Ok;
    }

    /// <summary>Writes the help of <paramref name="command"/> to the context's output.</summary>
    public void Write(Command command)
    {
        var output = context.Out;
        if (!string.IsNullOrEmpty(command.Description))
        {
            Section(context.T("Deskripsi:", "Description:"));
            foreach (var line in TextWrap.Lines(command.Description, context.Width - 2))
            {
                output.WriteLine("  " + line);
            }
        }

        Section(context.T("Pemakaian:", "Usage:"));
        output.WriteLine("  " + Usage(command));
        Rows(context.T("Argumen:", "Arguments:"), command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.Name}>", Describe(a.Description, a))));
        Rows(context.T("Opsi:", "Options:"), OptionsOf(command).Select(o => (OptionLabel(o), Describe(o.Description, o))));
        Rows(context.T("Perintah:", "Commands:"), command.Subcommands.Where(c => !c.Hidden)
            .Select(c => (string.Join(' ', [c.Name, .. c.Arguments.Select(a => $"<{a.Name}>")]), c.Description ?? string.Empty)));
    }

    /// <summary>The usage line, e.g. <c>karsa roadmap &lt;FILE|REGION&gt; [opsi]</c>.</summary>
    public string Usage(Command command)
    {
        var parts = new List<string> { ParseErrors.Name(command) };
        parts.AddRange(command.Arguments.Where(a => !a.Hidden).Select(a => $"<{a.Name}>"));
        if (command.Subcommands.Count > 0)
        {
            parts.Add(context.T("[perintah]", "[command]"));
        }

        if (OptionsOf(command).Any())
        {
            parts.Add(context.T("[opsi]", "[options]"));
        }

        return string.Join(' ', parts);
    }

    /// <summary>The allowed values of an option or argument restricted to a list (none when any value goes).</summary>
    public static IReadOnlyList<string> Choices(Symbol symbol)
    {
        var type = symbol switch { Option o => o.ValueType, Argument a => a.ValueType, _ => typeof(void) };
        return type == typeof(string) || type == typeof(string[])
            ? [.. symbol.GetCompletions(CompletionContext.Empty).Select(c => c.Label)]
            : [];
    }

    /// <summary>The command's options and those it inherits (recursive options of its ancestors), help last.</summary>
    public static IEnumerable<Option> OptionsOf(Command command) =>
        command.Options.Concat(Path(command).SkipLast(1).SelectMany(c => c.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).DistinctBy(o => o.Name).OrderBy(o => o is HelpOption);

    /// <summary>The commands from the root down to <paramref name="command"/>.</summary>
    public static List<Command> Path(Command command)
    {
        var path = new List<Command>();
        for (Symbol? at = command; at is Command current; at = current.Parents.FirstOrDefault())
        {
            path.Insert(0, current);
        }

        return path;
    }

    private static string OptionLabel(Option option)
    {
        var names = option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        if (option.Arity.MaximumNumberOfValues == 0 || option.ValueType == typeof(bool))
        {
            return label;
        }

        var choices = Choices(option);
        var value = choices.Count > 0 ? string.Join('|', choices) : option.HelpName ?? option.Name.TrimStart('-').ToUpperInvariant();
        return option.Arity.MinimumNumberOfValues == 0 ? $"{label} [<{value}>]" : $"{label} <{value}>";
    }

    private string Describe(string? description, Symbol symbol)
    {
        var text = description ?? string.Empty;
        var shown = symbol switch
        {
            Option { HasDefaultValue: true } o when o.ValueType != typeof(bool) => o.GetDefaultValue(),
            Argument { HasDefaultValue: true } a => a.GetDefaultValue(),
            _ => null,
        };
        return shown is null ? text : $"{text} [{context.T("bawaan", "default")}: {Format(shown)}]";
    }

    private static string Format(object value) => value switch
    {
        double d => IndonesianNumbers.FormatDecimal((decimal)d, d % 1 == 0 ? 0 : 1),
        decimal m => IndonesianNumbers.FormatDecimal(m, m % 1 == 0 ? 0 : 1),
        int or long => IndonesianNumbers.FormatInteger(Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture)),
        _ => value.ToString() ?? string.Empty,
    };

    private void Section(string heading)
    {
        if (heading != context.T("Deskripsi:", "Description:"))
        {
            context.Out.WriteLine();
        }

        context.Out.WriteLine(heading);
    }

    private void Rows(string heading, IEnumerable<(string Label, string Text)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return;
        }

        Section(heading);
        var first = Math.Min(list.Max(r => r.Label.Length), Math.Max(context.Width / 3, 12));
        var second = Math.Max(context.Width - first - 4, 20);
        foreach (var (label, text) in list)
        {
            var lines = TextWrap.Lines(text, second).ToList();
            if (label.Length > first)
            {
                context.Out.WriteLine("  " + label);
                lines.ForEach(line => context.Out.WriteLine(new string(' ', first + 4) + line));
                continue;
            }

            for (var i = 0; i < lines.Count; i++)
            {
                context.Out.WriteLine(("  " + (i == 0 ? label.PadRight(first) : new string(' ', first)) + "  " + lines[i]).TrimEnd());
            }
        }
    }
}
