using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Interchange.Mapping;
using Karsa.Interchange.Parsing;
using Karsa.Interchange.Tree;
using Karsa.Monitoring.Indicators;

namespace Karsa.Interchange.Indicators;

/// <summary>
/// Reads the indicator definitions file a user holds (YAML, see docs/monitoring/indicators.md):
/// <c>definitions:</c>, a list of <c>{framework, code, name, definition, unit, method, kind, theme}</c>.
/// Every problem is reported at its line and column; a code the catalogue does not know (KRS120), a
/// malformed ISO code (KRS123) and a definition given twice (KRS121) included. Nothing is returned
/// unless the whole file is right.
/// </summary>
public static class DefinitionsReader
{
    private static readonly string[] TopFields = ["definitions"];
    private static readonly string[] DefinitionFields = ["framework", "code", "name", "definition", "unit", "method", "kind", "theme"];
    private static readonly KeyTable<IndicatorKind> Kinds = new();

    /// <summary>Reads definitions text, checking each against <paramref name="catalogue"/>; <paramref name="fileName"/> is used in locations.</summary>
    public static DefinitionsReadResult Read(string text, string fileName, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(catalogue);
        var context = new ReadContext(fileName);
        if (PlanInput.TooLarge(text, context))
        {
            return new(null, context.Diagnostics);
        }

        var tree = YamlTreeReader.Read(text.StartsWith('\uFEFF') ? text[1..] : text, context);
        var fields = Fields.Open(context, tree, string.Empty, TopFields);
        if (fields is null)
        {
            if (!context.HasErrors)
            {
                context.Report(Problems.MissingField("definitions"), "definitions", TextPosition.Start);
            }

            return new(null, context.Diagnostics);
        }

        var firstLines = new Dictionary<(IndicatorFramework, string), int>();
        var definitions = context.ReadList(fields.Required("definitions"), fields.PathOf("definitions"),
            (node, path) => ReadOne(context, node, path, catalogue, firstLines));
        return new(context.HasErrors ? null : [.. definitions], context.Diagnostics);
    }

    /// <summary>Reads a definitions file from disk; an unreadable file is KRS008.</summary>
    public static DefinitionsReadResult ReadFile(string path, IndicatorCatalogue catalogue)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            return Read(File.ReadAllText(path), path, catalogue);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            var problem = Problems.FileUnreadable(path, error is FileNotFoundException or DirectoryNotFoundException ? SyntaxTexts.FileNotFound : SyntaxTexts.ReadFailed);
            return new(null, [problem with { Location = new SourceLocation(path, 1, 1) }]);
        }
    }

    private static IndicatorDefinition? ReadOne(ReadContext context, Node node, string path, IndicatorCatalogue catalogue, Dictionary<(IndicatorFramework, string), int> firstLines)
    {
        var fields = Fields.Open(context, node, path, DefinitionFields);
        if (fields is null)
        {
            return null;
        }

        var framework = context.ReadKey(fields.Required("framework"), fields.PathOf("framework"), PlanKeys.Frameworks);
        var codeNode = fields.Required("code");
        var code = context.ReadString(codeNode, fields.PathOf("code"));
        var name = context.ReadText(fields.Required("name"), fields.PathOf("name"));
        var definition = context.ReadText(fields.Optional("definition"), fields.PathOf("definition"));
        var unit = context.ReadString(fields.Optional("unit"), fields.PathOf("unit"));
        var method = context.ReadText(fields.Optional("method"), fields.PathOf("method"));
        var kind = context.ReadKey(fields.Optional("kind"), fields.PathOf("kind"), Kinds);
        var theme = context.ReadString(fields.Optional("theme"), fields.PathOf("theme"));
        if (framework is not { } f || code is null || name is null)
        {
            return null;
        }

        var read = new IndicatorDefinition(f, code.Trim(), name, definition, unit, method, kind, theme);
        var at = codeNode!.Position;
        if (!firstLines.TryAdd((f, read.Code), at.Line))
        {
            context.Report(Problems.DuplicateDefinition(FrameworkNames.Key(f), read.Code, firstLines[(f, read.Code)]), fields.PathOf("code"), at);
            return null;
        }

        if (catalogue.Check(read) is { } problem)
        {
            context.Report(problem, fields.PathOf("code"), at);
            return null;
        }

        return read;
    }
}
