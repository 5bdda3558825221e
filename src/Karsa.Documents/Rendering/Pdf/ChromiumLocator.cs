namespace Karsa.Documents.Rendering.Pdf;

/// <summary>Finds the Chromium executable: the configured path, env KARSA_CHROMIUM, then the usual places.</summary>
public static class ChromiumLocator
{
    /// <summary>The environment variable naming the browser.</summary>
    public const string EnvironmentVariable = "KARSA_CHROMIUM";

    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>The places looked at, in order, for <paramref name="configured"/>.</summary>
    public static IReadOnlyList<string> Candidates(string? configured = null)
    {
        var list = new List<string>();
        if (!string.IsNullOrWhiteSpace(configured))
        {
            // An explicit path is the only place looked at: a wrong setting must not be hidden.
            return [configured];
        }

        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return [fromEnvironment];
        }

        list.AddRange(Names.Select(n => Path.Combine("/usr/bin", n)));
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        list.AddRange(path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).SelectMany(dir => Names.Select(n => Path.Combine(dir, n))));
        return [.. list.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>The first existing candidate, or null.</summary>
    public static string? Find(string? configured = null) => Candidates(configured).FirstOrDefault(File.Exists);

    /// <summary>The browser path, or a <see cref="ChromiumNotFoundException"/> saying how to install one.</summary>
    public static string Require(string? configured = null) => Find(configured) ?? throw new ChromiumNotFoundException(Candidates(configured));
}
