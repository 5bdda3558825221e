using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Karsa.Application.Jobs;

/// <summary>The kinds of long work a user can ask for.</summary>
public static class JobKinds
{
    /// <summary>A roadmap solve.</summary>
    public const string Roadmap = "roadmap";

    /// <summary>"What would it take" for some programmes (a solve with explanations).</summary>
    public const string Explain = "explain";

    /// <summary>Two scenarios (or a scenario and the baseline) side by side.</summary>
    public const string Compare = "compare";

    /// <summary>The masterplan book as PDF.</summary>
    public const string BookPdf = "book-pdf";

    /// <summary>Every kind.</summary>
    public static IReadOnlySet<string> All { get; } = new HashSet<string>(StringComparer.Ordinal) { Roadmap, Explain, Compare, BookPdf };
}

/// <summary>
/// A job's question, as stored with the job and handed to the worker process (JSON). It never holds
/// the database's connection string: the web server adds that when it starts the worker.
/// </summary>
public sealed record JobRequest
{
    /// <summary>One of <see cref="JobKinds"/>.</summary>
    public required string Kind { get; init; }

    /// <summary>The region (from the route).</summary>
    public required string Region { get; init; }

    /// <summary>The stored version; null for the newest.</summary>
    public int? Version { get; init; }

    /// <summary>The scenario to plan under (for <see cref="JobKinds.Compare"/>: the first side; null is the baseline).</summary>
    public string? Scenario { get; init; }

    /// <summary>The second side of a comparison; null is the baseline.</summary>
    public string? OtherScenario { get; init; }

    /// <summary>Time limit of the whole planning, in seconds (1 to 600).</summary>
    public int TimeLimitSeconds { get; init; } = 10;

    /// <summary>"optimal" or "greedy".</summary>
    public string Strategy { get; init; } = "optimal";

    /// <summary>The programmes to ask "what would it take" for.</summary>
    public IReadOnlyList<string> Codes { get; init; } = [];

    /// <summary>The book's language ("id" or "en"), for <see cref="JobKinds.BookPdf"/>.</summary>
    public string Language { get; init; } = "id";

    /// <summary>The request with its values in one canonical form (trimmed, sorted, limits clamped), so equal questions compare equal.</summary>
    public JobRequest Normalised() => this with
    {
        Scenario = string.IsNullOrWhiteSpace(Scenario) ? null : Scenario.Trim(),
        OtherScenario = string.IsNullOrWhiteSpace(OtherScenario) ? null : OtherScenario.Trim(),
        TimeLimitSeconds = Math.Clamp(TimeLimitSeconds, 1, 600),
        Strategy = string.Equals(Strategy, "greedy", StringComparison.OrdinalIgnoreCase) ? "greedy" : "optimal",
        Codes = [.. Codes.Select(c => c.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)],
        Language = Language == "en" ? "en" : "id",
    };

    /// <summary>SHA-256 (hex) of the kind, the plan's content hash and the normalised request: equal keys ask the same question of the same plan.</summary>
    public string KeyFor(string contentHash)
    {
        var normal = Normalised() with { Version = null };
        var text = $"{normal.Kind}\n{contentHash}\n{JsonSerializer.Serialize(normal, JobJson.Options)}";
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}

/// <summary>The JSON settings jobs, the worker and its protocol share.</summary>
public static class JobJson
{
    /// <summary>camelCase, compact.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
