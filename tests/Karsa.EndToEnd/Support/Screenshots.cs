using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>
/// Screenshots of the pages the tests visit: always under the test output
/// (<c>TestResults/screenshots/</c>, or <c>KARSA_SCREENSHOTS</c>); a few chosen ones are copied into
/// the repository's <c>docs/screenshots/</c> only when <c>KARSA_UPDATE_SCREENSHOTS=1</c>.
/// </summary>
public static class Screenshots
{
    /// <summary>The variable that names another folder for the artifacts.</summary>
    public const string FolderVariable = "KARSA_SCREENSHOTS";

    /// <summary>The opt-in that refreshes <c>docs/screenshots/</c>.</summary>
    public const string UpdateDocsVariable = "KARSA_UPDATE_SCREENSHOTS";

    /// <summary>The folder the artifacts go to.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable(FolderVariable) is { Length: > 0 } configured
            ? configured
            : Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");

    /// <summary>
    /// Saves a full-page screenshot named <paramref name="name"/>; with <paramref name="forDocs"/> and the opt-in, also
    /// the window's view (not the whole length of a long page, so the file stays small) into <c>docs/screenshots/</c>.
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string name, bool forDocs = false)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(Folder);
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        if (forDocs && Environment.GetEnvironmentVariable(UpdateDocsVariable) == "1")
        {
            var docs = Path.Combine(RepositoryRoot(), "docs", "screenshots");
            Directory.CreateDirectory(docs);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(docs, name + ".png"), FullPage = false });
        }

        return path;
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Karsa.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"{UpdateDocsVariable}=1 but no Karsa.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
