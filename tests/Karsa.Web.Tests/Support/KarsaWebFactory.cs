using System.Net;
using System.Text.RegularExpressions;
using Karsa.Application.Access;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Web.Accounts;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Web.Tests.Support;

/// <summary>
/// The web app in memory on a test database (SQLite file or a fresh PostgreSQL database), with the
/// sample loaded unless told otherwise, further settings when given (e.g. <c>Karsa:Jobs:RunJobs</c>), and
/// helpers to make accounts, sign in and mint API tokens.
/// </summary>
public sealed partial class KarsaWebFactory(TestDatabase database, bool loadSample = true, IReadOnlyDictionary<string, string>? settings = null) : WebApplicationFactory<Program>
{
    /// <summary>
    /// File watchers (the apps' appsettings reloading) poll instead of taking an inotify instance each:
    /// a test run starts many apps at once, several test projects run side by side, and Linux allows a
    /// user only 128 instances by default.
    /// </summary>
    static KarsaWebFactory() => Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");

    /// <summary>The password every test account gets.</summary>
    public const string Password = "sandi-uji-12345";

    /// <summary>The database the app runs on.</summary>
    public TestDatabase Database { get; } = database;

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment("Testing");
        builder.UseSetting("Karsa:Database", Database.Db);
        builder.UseSetting("Karsa:LoadSample", loadSample ? "true" : "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>Creates an account with <paramref name="role"/> in <paramref name="region"/> (and <paramref name="agency"/>) and the test password.</summary>
    public async Task<KarsaUser> CreateUserAsync(string userName, Role role, string? region = null, string? agency = null)
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<KarsaUser>>();
        var user = new KarsaUser
        {
            UserName = userName,
            DisplayName = userName,
            Role = role.ToString(),
            RegionCode = region,
            AgencyCode = agency,
            CreatedAt = DateTimeOffset.UtcNow,
        };
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        return user;
    }

    /// <summary>A personal API token for <paramref name="user"/>, valid for a day.</summary>
    public async Task<string> CreateTokenAsync(KarsaUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var token = ApiTokenHashing.NewToken();
        await using var scope = Services.CreateAsyncScope();
        var context = scope.ServiceProvider.GetRequiredService<KarsaDbContext>();
        context.ApiTokens.Add(new ApiTokenRecord
        {
            Id = Guid.NewGuid(),
            UserId = user.Id,
            Name = "test",
            Prefix = ApiTokenHashing.Prefix(token),
            Hash = ApiTokenHashing.Hash(token),
            CreatedAt = DateTimeOffset.UtcNow,
            ExpiresAt = DateTimeOffset.UtcNow.AddDays(1),
        });
        await context.SaveChangesAsync();
        return token;
    }

    /// <summary>An API client that sends <paramref name="token"/> as its bearer token.</summary>
    public HttpClient ApiClient(string? token)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects) signed in as <paramref name="userName"/> through the sign-in page.</summary>
    public async Task<HttpClient> SignedInClientAsync(string userName)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var form = await client.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        var answer = await client.PostAsync(new Uri("/masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = Password,
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        return client;
    }

    /// <summary>The antiforgery token in a page's form.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenPattern().Match(html);
        Assert.True(match.Success, "The page has no antiforgery token.");
        return WebUtility.HtmlDecode(match.Groups[1].Value);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
