using System.Text;
using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Karsa.EndToEnd.Support;

/// <summary>Accessibility checks with axe-core (the copy bundled in Deque.AxeCore.Commons; nothing from a CDN).</summary>
public static class Accessibility
{
    /// <summary>The rules checked: WCAG 2.0 and 2.1, levels A and AA.</summary>
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly string[] FailingImpacts = ["serious", "critical"];

    /// <summary>Runs axe on the page as it is now and fails on any serious or critical violation, listing them.</summary>
    public static async Task AssertAccessible(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var result = await page.RunAxe(new AxeRunOptions
        {
            RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] },
        });
        var blocking = result.Violations.Where(v => FailingImpacts.Contains(v.Impact, StringComparer.OrdinalIgnoreCase)).ToList();
        Assert.True(blocking.Count == 0, Describe(page.Url, blocking));
    }

    /// <summary>A readable list of violations: rule, impact, help, and each offending element.</summary>
    public static string Describe(string url, IReadOnlyCollection<AxeResultItem> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = new StringBuilder().Append("axe found ").Append(violations.Count).Append(" serious or critical violation(s) on ").Append(url).AppendLine(":");
        foreach (var violation in violations)
        {
            text.Append("- ").Append(violation.Id).Append(" (").Append(violation.Impact).Append("): ").Append(violation.Help).Append(' ').AppendLine(violation.HelpUrl);
            foreach (var node in violation.Nodes)
            {
                text.Append("    at ").Append(node.Target).Append(": ").AppendLine(node.Html);
                foreach (var check in (node.Any ?? []).Concat(node.All ?? []).Concat(node.None ?? []))
                {
                    text.Append("      ").AppendLine(check.Message);
                }
            }
        }

        return text.ToString();
    }
}
