using System.Text.Json;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Jobs;

/// <summary>What the worker process reads on its standard input (one JSON document).</summary>
/// <param name="Request">The job's question.</param>
/// <param name="Database">The database (the <c>--db</c> value).</param>
public sealed record WorkerInput(JobRequest Request, string? Database);

/// <summary>The kinds of line the worker writes on its standard output.</summary>
public static class WorkerLineTypes
{
    /// <summary>Progress: a stage, a message, a fraction.</summary>
    public const string Progress = "progress";

    /// <summary>The result; the last line of a successful run.</summary>
    public const string Result = "result";

    /// <summary>The use case refused (bad input, infeasible plan...): the job fails with this message.</summary>
    public const string Error = "error";
}

/// <summary>One line (JSON) the worker writes on its standard output.</summary>
/// <param name="Type">One of <see cref="WorkerLineTypes"/>.</param>
/// <param name="Indonesian">The message in Indonesian.</param>
/// <param name="English">The message in English.</param>
/// <param name="Fraction">Progress 0..1, when known.</param>
/// <param name="Result">The result (JSON), for <see cref="WorkerLineTypes.Result"/>.</param>
/// <param name="File">A binary result (e.g. a PDF), for <see cref="WorkerLineTypes.Result"/>.</param>
/// <param name="Kind">The failure kind, for <see cref="WorkerLineTypes.Error"/>.</param>
public sealed record WorkerLine(string Type, string? Indonesian = null, string? English = null, double? Fraction = null,
    string? Result = null, byte[]? File = null, string? Kind = null)
{
    /// <summary>A progress line.</summary>
    public static WorkerLine Of(UseCaseProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        return new(WorkerLineTypes.Progress, progress.Message.Indonesian, progress.Message.In(Language.English), progress.Fraction);
    }

    /// <summary>An error line.</summary>
    public static WorkerLine Of(UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var details = error.Diagnostics.Select(d => d.Message).ToList();
        return new(WorkerLineTypes.Error,
            string.Join(" ", [error.Message.Indonesian, .. details.Select(d => d.Indonesian)]),
            string.Join(" ", [error.Message.In(Language.English), .. details.Select(d => d.In(Language.English))]), Kind: error.Kind.ToString());
    }

    /// <summary>The line as one line of JSON.</summary>
    public string Write() => JsonSerializer.Serialize(this, JobJson.Options);

    /// <summary>The line <paramref name="text"/> holds; null when it is not one (e.g. a native library's stray output).</summary>
    public static WorkerLine? Read(string text)
    {
        if (string.IsNullOrWhiteSpace(text) || text[0] != '{')
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<WorkerLine>(text, JobJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>The message as localized text.</summary>
    public LocalizedText Message => new(string.IsNullOrWhiteSpace(Indonesian) ? "-" : Indonesian, English);
}
