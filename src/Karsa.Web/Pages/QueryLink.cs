namespace Karsa.Web.Pages;

/// <summary>Builds a link with query parameters, leaving out empty ones (for filters and paging links).</summary>
public static class QueryLink
{
    /// <summary>"<paramref name="path"/>?name=value&amp;..." with the non-empty values escaped.</summary>
    public static string Of(string path, params (string Name, string? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var query = string.Join('&', parameters.Where(p => !string.IsNullOrEmpty(p.Value)).Select(p => $"{p.Name}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? path : $"{path}?{query}";
    }
}
