using System.Net;
using Karsa.Application.Access;
using Karsa.Web.Tests.Support;

namespace Karsa.Web.Tests.Operations;

/// <summary>Two web servers on one PostgreSQL database, as behind a load balancer without sticky sessions.</summary>
public sealed class TwoServersTests
{
    [SkippableFact]
    public async Task A_user_signed_in_on_one_server_continues_on_the_other_with_its_antiforgery_token()
    {
        using var database = TestDatabases.Postgres();
        await using var first = new KarsaWebFactory(database, loadSample: false);
        await first.CreateUserAsync("ani", Role.Viewer, "33.13");
        await using var second = new KarsaWebFactory(database, loadSample: false);
        using var one = first.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        using var other = second.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = false });
        var jar = new Dictionary<string, string>();

        // Sign in on the first server only.
        var signInForm = await (await SendAsync(one, HttpMethod.Get, "/masuk", jar)).Content.ReadAsStringAsync();
        var signedIn = await SendAsync(one, HttpMethod.Post, "/masuk", jar, new Dictionary<string, string>
        {
            ["UserName"] = "ani",
            ["Password"] = KarsaWebFactory.Password,
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(signInForm),
        });
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Contains("karsa.auth", jar.Keys);

        // The second server reads the first one's cookie ...
        var elsewhere = await SendAsync(other, HttpMethod.Get, "/akun", jar);
        Assert.Equal(HttpStatusCode.OK, elsewhere.StatusCode);
        Assert.Contains("<span class=\"code\">ani</span>", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        // ... and accepts a form the first one made (its antiforgery token).
        var form = await (await SendAsync(one, HttpMethod.Get, "/akun", jar)).Content.ReadAsStringAsync();
        var made = await SendAsync(other, HttpMethod.Post, "/akun?handler=Token", jar, new Dictionary<string, string>
        {
            ["TokenName"] = "dari server lain",
            ["TokenDays"] = "7",
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(form),
        });
        Assert.Equal(HttpStatusCode.OK, made.StatusCode);
        Assert.Matches("value=\"karsa_[0-9a-f]{64}\"", await made.Content.ReadAsStringAsync());

        // Without the cookies the second server asks to sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await SendAsync(other, HttpMethod.Get, "/akun", [])).StatusCode);
    }

    /// <summary>Sends a request with the cookies of <paramref name="jar"/> and keeps those the answer sets: one browser, two servers.</summary>
    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, HttpMethod method, string path, Dictionary<string, string> jar,
        Dictionary<string, string>? form = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        if (jar.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", jar.Select(c => $"{c.Key}={c.Value}")));
        }

        var answer = await client.SendAsync(request);
        if (answer.Headers.TryGetValues("Set-Cookie", out var cookies))
        {
            foreach (var cookie in cookies)
            {
                var pair = cookie.Split(';')[0];
                var split = pair.IndexOf('=', StringComparison.Ordinal);
                jar[pair[..split]] = pair[(split + 1)..];
            }
        }

        return answer;
    }
}
