namespace Karsa.Cli.Tests;

/// <summary>Edits of the sample plan's text that a planner would make between two versions.</summary>
internal static class SampleEdits
{
    /// <summary>
    /// LIV-04 starts at the earliest in 2026 instead of 2024 (its cost profile moved with it), ECO-03 is
    /// removed, and the 2026 APBD ceiling falls from Rp 9.500.000.000 to Rp 9.000.000.000.
    /// </summary>
    public static string MoveRemoveAndCut(string sample)
    {
        var text = Cut(sample, "  - code: ECO-03\n", "  - code: ECO-04\n", _ => string.Empty);
        text = Cut(text, "  - code: LIV-04\n", "  - code: LIV-05\n", block =>
        {
            var moved = Replace(block, "start: {earliest: 2024}", "start: {earliest: 2026}");
            foreach (var year in new[] { 2028, 2027, 2026, 2025, 2024 })
            {
                moved = Replace(moved, $"      {year}: ", $"      {year + 2}: ");
            }

            return moved;
        });
        return Replace(text, "2026: {apbd: 9500000000,", "2026: {apbd: 9000000000,");
    }

    private static string Cut(string text, string from, string to, Func<string, string> edit)
    {
        var start = text.IndexOf(from, StringComparison.Ordinal);
        var end = text.IndexOf(to, start, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"the sample no longer has '{from.Trim()}' followed by '{to.Trim()}'");
        return text[..start] + edit(text[start..end]) + text[end..];
    }

    private static string Replace(string text, string old, string @new)
    {
        Assert.Contains(old, text, StringComparison.Ordinal);
        return text.Replace(old, @new, StringComparison.Ordinal);
    }
}
