using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Karsa.Cli.CommandLine;

/// <summary>
/// Says what is wrong with a command line in the user's language. System.CommandLine's own error
/// texts are English only, so each error is recognised by what it concerns (a command, an option or
/// an argument, and its tokens) and named in our words; an error a validator of ours added is
/// already in the user's language and is shown as it is.
/// </summary>
internal static class ParseErrors
{
    /// <summary>One message per problem of <paramref name="parse"/>, unknown words first.</summary>
    public static IReadOnlyList<string> Describe(ParseResult parse, CliContext context)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var messages = parse.UnmatchedTokens.Select(token => Unmatched(token, parse.CommandResult.Command, context)).ToList();
        messages.AddRange(parse.Errors.Select(error => Describe(error, context)));
        return [.. messages.Distinct()];
    }

    private static string Describe(ParseError error, CliContext context) => error.SymbolResult switch
    {
        CommandResult { Command: { Action: null, Subcommands.Count: > 0 } command } => context.T(
            $"Perintah '{Name(command)}' memerlukan salah satu perintah berikut: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.",
            $"'{Name(command)}' needs one of these commands: {string.Join(", ", command.Subcommands.Select(c => c.Name))}."),
        OptionResult { Option: VersionOption } => context.T(
            "--version (versi Karsa) tidak dapat digabung dengan argumen lain.", "--version (Karsa's version) cannot be combined with other arguments."),
        OptionResult { IdentifierToken: null, Option.Required: true } missing => context.T(
            $"Opsi --{missing.Option.Name.TrimStart('-')} wajib diberikan.", $"Option --{missing.Option.Name.TrimStart('-')} is required."),
        OptionResult option => Value(error, option.Option, $"--{option.Option.Name.TrimStart('-')}", option.Tokens, option.Option.Arity, option.Option.ValueType, context),
        ArgumentResult argument => Value(error, argument.Argument, argument.Argument.Name, argument.Tokens, argument.Argument.Arity, argument.Argument.ValueType, context),
        _ => error.Message,
    };

    private static string Value(ParseError error, Symbol symbol, string name, IReadOnlyList<Token> tokens, ArgumentArity arity, Type type, CliContext context)
    {
        var isOption = symbol is Option;
        if (tokens.Count < arity.MinimumNumberOfValues)
        {
            return isOption
                ? context.T($"Opsi {name} memerlukan nilai.", $"Option {name} needs a value.")
                : context.T($"Argumen {name} wajib diisi.", $"Argument {name} is required.");
        }

        if (tokens.Count > arity.MaximumNumberOfValues)
        {
            return context.T($"{name} hanya menerima satu nilai, tetapi diberi {tokens.Count}.", $"{name} takes one value, but {tokens.Count} were given.");
        }

        var value = tokens.Count > 0 ? tokens[0].Value : string.Empty;
        var choices = HelpWriter.Choices(symbol);
        if (choices.Count > 0 && !choices.Contains(value, StringComparer.Ordinal))
        {
            return context.T(
                $"Nilai '{value}' untuk {name} tidak dikenal; pilih salah satu: {string.Join(", ", choices)}.",
                $"'{value}' is not a value of {name}; choose one of: {string.Join(", ", choices)}.");
        }

        return Converts(value, type) ? error.Message : context.T(
            $"Nilai '{value}' untuk {name} tidak sah: harus {TypeName(type, context)}.",
            $"'{value}' is not valid for {name}: it must be {TypeName(type, context)}.");
    }

    private static string Unmatched(string token, Command command, CliContext context) => token.StartsWith('-')
        ? context.T($"Opsi '{token}' tidak dikenal oleh '{Name(command)}'.", $"'{Name(command)}' has no option '{token}'.")
        : command.Subcommands.Count > 0
            ? context.T(
                $"Perintah '{token}' tidak dikenal; yang ada: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.",
                $"Unknown command '{token}'; the commands are: {string.Join(", ", command.Subcommands.Select(c => c.Name))}.")
            : context.T($"Argumen '{token}' tidak diharapkan oleh '{Name(command)}'.", $"'{Name(command)}' does not expect the argument '{token}'.");

    /// <summary>The command as typed after <c>karsa</c>, e.g. <c>karsa bench mkp</c>.</summary>
    public static string Name(Command command) => string.Join(' ', HelpWriter.Path(command).Select(c => c is RootCommand ? "karsa" : c.Name));

    private static bool Converts(string value, Type type)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target switch
        {
            _ when target == typeof(int) => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(long) => long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(double) => double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(decimal) => decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out _),
            _ when target == typeof(bool) => bool.TryParse(value, out _),
            _ => true,
        };
    }

    private static string TypeName(Type type, CliContext context)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return target == typeof(int) || target == typeof(long)
            ? context.T("bilangan bulat, mis. 10", "a whole number, e.g. 10")
            : target == typeof(double) || target == typeof(decimal)
                ? context.T("angka dengan titik desimal, mis. 2.5", "a number with a decimal point, e.g. 2.5")
                : target == typeof(bool) ? "true/false" : context.T("nilai yang sah", "a valid value");
    }
}
