using System.Text;
using Karsa.Application.Plans;
using Karsa.Interchange;
using Microsoft.Net.Http.Headers;

namespace Karsa.Web.Api.Plans;

/// <summary>
/// Plan files over HTTP: which format a request asks for or sends (JSON or YAML), and its text read
/// within the plan file's size limit.
/// </summary>
internal static class PlanMedia
{
    /// <summary>The media type of a JSON plan file.</summary>
    public const string Json = "application/json";

    /// <summary>The media type of a YAML plan file.</summary>
    public const string Yaml = "application/yaml";

    /// <summary>The largest plan file accepted (as <c>karsa import</c>: 16 MiB).</summary>
    public const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The format an answer should have: <c>?format=yaml|json</c>, else YAML when <c>Accept</c> names it, else JSON.</summary>
    public static PlanFormat? Wanted(HttpRequest request, string? format) => format?.ToLowerInvariant() switch
    {
        "yaml" or "yml" => PlanFormat.Yaml,
        "json" => PlanFormat.Json,
        null or "" => request.GetTypedHeaders().Accept.Any(a => IsYaml(a.MediaType.Value)) ? PlanFormat.Yaml : PlanFormat.Json,
        _ => null,
    };

    /// <summary>The media type of <paramref name="format"/>.</summary>
    public static string TypeOf(PlanFormat format) => format == PlanFormat.Yaml ? Yaml : Json;

    /// <summary>The format a body of <paramref name="contentType"/> is in, or null when it is neither.</summary>
    public static PlanFormat? Sent(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type) ? type.MediaType.Value switch
        {
            var json when json is not null && (json.Equals(Json, StringComparison.OrdinalIgnoreCase) || json.EndsWith("+json", StringComparison.OrdinalIgnoreCase)) => PlanFormat.Json,
            var yaml when IsYaml(yaml) => PlanFormat.Yaml,
            _ => null,
        } : null;

    /// <summary>The upload of <paramref name="stream"/>'s text, or null when it is longer than <see cref="MaxBytes"/>.</summary>
    public static async Task<PlanUpload?> ReadAsync(Stream stream, string fileName, PlanFormat format, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new PlanUpload(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), fileName, format);
    }

    /// <summary>The 413 answer for a plan file over the limit.</summary>
    public static IResult TooLarge() => ApiProblems.Of(StatusCodes.Status413PayloadTooLarge,
        "Berkas rencana melebihi 16 MiB: pecah atau sederhanakan berkas.", "The plan file exceeds 16 MiB: split or simplify it.");

    /// <summary>The 415 answer for a body that is neither JSON nor YAML.</summary>
    public static IResult Unsupported() => ApiProblems.Of(StatusCodes.Status415UnsupportedMediaType,
        "Kirim berkas rencana sebagai application/json atau application/yaml (berkas .json, .yaml atau .yml).",
        "Send the plan file as application/json or application/yaml (a .json, .yaml or .yml file).");

    private static bool IsYaml(string? type) =>
        type is not null && (type.Equals(Yaml, StringComparison.OrdinalIgnoreCase) || type.Equals("application/x-yaml", StringComparison.OrdinalIgnoreCase)
            || type.Equals("text/yaml", StringComparison.OrdinalIgnoreCase) || type.Equals("text/x-yaml", StringComparison.OrdinalIgnoreCase));
}
