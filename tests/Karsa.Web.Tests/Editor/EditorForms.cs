using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Editor;

/// <summary>A form page as a browser meets it: its HTML, its antiforgery token and the plan token it carries; and posting it.</summary>
internal sealed record EditorForm(IDocument Page, string Antiforgery, string BasedOn)
{
    /// <summary>Opens the form at <paramref name="path"/>.</summary>
    public static async Task<EditorForm> OpenAsync(HttpClient client, string path)
    {
        var answer = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        return await ReadAsync(answer);
    }

    /// <summary>The form of a page the server answered with.</summary>
    public static async Task<EditorForm> ReadAsync(HttpResponseMessage answer)
    {
        var html = await answer.Content.ReadAsStringAsync();
        var page = new HtmlParser().ParseDocument(html);
        var basedOn = page.QuerySelector("input[name=basedOn]")?.GetAttribute("value") ?? string.Empty;
        return new EditorForm(page, KarsaWebFactory.AntiforgeryToken(html), basedOn);
    }

    /// <summary>Posts <paramref name="fields"/> with this form's tokens to <paramref name="path"/>.</summary>
    public Task<HttpResponseMessage> PostAsync(HttpClient client, string path, IReadOnlyDictionary<string, string> fields) =>
        client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(
            fields.Append(new("__RequestVerificationToken", Antiforgery)).Append(new("basedOn", BasedOn))));

    /// <summary>The value of the input named <paramref name="name"/>.</summary>
    public string? Value(string name) => Page.QuerySelector($"[name='{name}']") is { } input
        ? input.LocalName == "textarea" ? input.TextContent : input.LocalName == "select" ? input.QuerySelector("option[selected]")?.GetAttribute("value") : input.GetAttribute("value")
        : null;

    /// <summary>The message shown next to the input named <paramref name="name"/> (in its field's container), or null.</summary>
    public string? MessageAt(string name)
    {
        var input = Page.QuerySelector($"[name='{name}']");
        Assert.NotNull(input);
        var error = input!.ParentElement!.QuerySelector(".field-error");
        return error is not null && input.GetAttribute("aria-describedby") == error.Id ? error.TextContent : null;
    }
}
