using Karsa.Documents.Rendering.Pdf;

namespace Karsa.Documents.Tests;

/// <summary>The browser the PDF and phone-layout tests need.</summary>
internal static class Chromium
{
    /// <summary>Skips when no Chromium is installed, except on CI (CI=true), where a missing browser fails.</summary>
    public static string Require()
    {
        var found = ChromiumLocator.Find();
        if (found is null && string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail("CI=true but no Chromium found: install it with `apt-get install chromium` or set KARSA_CHROMIUM.");
        }

        Skip.If(found is null, "No Chromium installed (apt-get install chromium); browser tests skipped.");
        return found!;
    }
}
