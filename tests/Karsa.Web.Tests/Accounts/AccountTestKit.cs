using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Karsa.Storage;
using Karsa.Storage.Audit;
using Karsa.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Web.Tests.Accounts;

/// <summary>Helpers of the account tests: JSON calls with If-Match, form posts with the antiforgery token, the audit table.</summary>
internal static class AccountTestKit
{
    public static async Task<JsonElement> JsonAsync(HttpResponseMessage answer)
    {
        var text = await answer.Content.ReadAsStringAsync();
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, object? body = null, string? ifMatch = null)
    {
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (ifMatch is not null)
        {
            request.Headers.IfMatch.Add(EntityTagHeaderValue.Parse(ifMatch));
        }

        return client.SendAsync(request);
    }

    /// <summary>Gets <paramref name="page"/>, then posts <paramref name="fields"/> with its antiforgery token.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string page, IDictionary<string, string> fields, string? action = null)
    {
        var form = await client.GetStringAsync(new Uri(page, UriKind.Relative));
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(form) };
        return await client.PostAsync(new Uri(action ?? page, UriKind.Relative), new FormUrlEncodedContent(values));
    }

    public static async Task<List<AuditEntryRecord>> AuditAsync(KarsaWebFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<KarsaDbContext>();
        return await context.AuditEntries.AsNoTracking().OrderBy(e => e.Id).ToListAsync();
    }
}
