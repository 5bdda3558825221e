using System.Text;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Mapping;
using Karsa.Interchange.Parsing;
using Karsa.Interchange.Tree;

namespace Karsa.Interchange;

/// <summary>
/// Reads plan files (YAML or JSON) into a validated <see cref="Masterplan"/>, reporting every problem
/// at once with its file position. Never throws for bad input; never reads more than the safety limits.
/// </summary>
public static class PlanReader
{
    /// <summary>Reads plan text; <paramref name="fileName"/> is used in diagnostics.</summary>
    public static PlanReadResult Read(string text, PlanFormat format, string fileName) => Read(text, format, fileName, PlanReadOptions.Strict);

    /// <summary>Reads plan text with <paramref name="options"/> (e.g. <see cref="PlanReadOptions.Stored"/> for stored content).</summary>
    public static PlanReadResult Read(string text, PlanFormat format, string fileName, PlanReadOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        var context = new ReadContext(fileName);
        if (PlanInput.TooLarge(text, context))
        {
            return Finish(context, null);
        }

        var content = text.StartsWith('\uFEFF') ? text[1..] : text;
        var tree = format == PlanFormat.Yaml
            ? YamlTreeReader.Read(content, context)
            : JsonTreeReader.Read(Encoding.UTF8.GetBytes(content), context);
        return Finish(context, tree, options);
    }

    /// <summary>Reads a plan from a stream, stopping at the size limit.</summary>
    public static PlanReadResult Read(Stream stream, PlanFormat format, string fileName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var context = new ReadContext(fileName);
        if (PlanInput.ReadLimited(stream, context) is not { } bytes || PlanInput.CheckedUtf8(bytes, context) is not { } utf8)
        {
            return Finish(context, null);
        }

        var tree = format == PlanFormat.Yaml
            ? YamlTreeReader.Read(Encoding.UTF8.GetString(utf8.Span), context)
            : JsonTreeReader.Read(utf8, context);
        return Finish(context, tree);
    }

    /// <summary>Reads a plan file; the format follows the extension (.yaml, .yml, .json).</summary>
    public static PlanReadResult ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var context = new ReadContext(path);
        if (PlanFormats.FromPath(path) is not { } format)
        {
            context.Report(Problems.MalformedFile(SyntaxTexts.NotAPlanExtension(Path.GetExtension(path))), string.Empty, TextPosition.Start);
            return Finish(context, null);
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            return Read(stream, format, path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            context.Report(Problems.FileUnreadable(path, WhyUnreadable(path, error)), string.Empty, TextPosition.Start);
            return Finish(context, null);
        }
    }

    private static LocalizedText WhyUnreadable(string path, Exception error) => error switch
    {
        FileNotFoundException or DirectoryNotFoundException => SyntaxTexts.FileNotFound,
        UnauthorizedAccessException when Directory.Exists(path) => SyntaxTexts.IsAFolder,
        UnauthorizedAccessException => SyntaxTexts.NoPermission,
        _ => SyntaxTexts.ReadFailed,
    };

    private static PlanReadResult Finish(ReadContext context, Node? tree, PlanReadOptions? options = null)
    {
        if (tree is null)
        {
            if (!context.HasErrors)
            {
                context.Report(Problems.MalformedFile(SyntaxTexts.NoPlan), string.Empty, TextPosition.Start);
            }

            return new PlanReadResult(null, context.Diagnostics);
        }

        var content = PlanMapper.Map(context, tree);
        if (content is null)
        {
            return new PlanReadResult(null, context.Diagnostics);
        }

        if (options?.RestoreStored == true)
        {
            var restored = Make(() => Masterplan.Restore(content), context);
            foreach (var problem in restored?.Warnings ?? [])
            {
                context.ReportAtPath(problem);
            }

            return new PlanReadResult(context.HasErrors ? null : restored, context.Diagnostics);
        }

        foreach (var problem in MasterplanRules.Check(content))
        {
            context.ReportAtPath(problem);
        }

        return new PlanReadResult(context.HasErrors ? null : Make(() => Masterplan.Create(content), context), context.Diagnostics);
    }

    private static Masterplan? Make(Func<Masterplan> make, ReadContext context)
    {
        try
        {
            return make();
        }
        catch (DomainException refused)
        {
            foreach (var problem in refused.Problems)
            {
                context.ReportAtPath(problem);
            }

            return null;
        }
    }
}
