using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Karsa.Application.Access;
using Karsa.Storage;
using Karsa.Web.Hosting;
using Karsa.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Karsa.Web.Tests.Operations;

public sealed class OperationsTests
{
    [SkippableFact]
    public async Task Health_says_unhealthy_with_503_when_the_database_is_gone()
    {
        var database = TestDatabases.Postgres();
        try
        {
            await using var app = new KarsaWebFactory(database, loadSample: false);
            using var client = app.CreateClient();
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/healthz", UriKind.Relative))).StatusCode);

            database.Dispose(); // drops the database under the running app
            var answer = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, answer.StatusCode);
            Assert.Equal("Unhealthy", await answer.Content.ReadAsStringAsync());
        }
        finally
        {
            database.Dispose();
        }
    }

    [Fact]
    public async Task Request_logs_name_the_user_and_region_but_never_passwords_or_tokens()
    {
        using var database = TestDatabases.Sqlite();
        var lines = new ConcurrentQueue<string>();
        await using var factory = new KarsaWebFactory(database, loadSample: false);
        await using var app = factory.WithWebHostBuilder(web => web.ConfigureLogging(logging => logging.AddProvider(new ListLogger(lines))));
        var user = await factory.CreateUserAsync("ani", Role.Planner, "33.13");
        var token = await factory.CreateTokenAsync(user);
        using var api = app.CreateClient();
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);
        await api.GetAsync(new Uri("/api/v1/me?probe=1", UriKind.Relative));
        using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
        var form = await browser.GetStringAsync(new Uri("/masuk", UriKind.Relative));
        await browser.PostAsync(new Uri("/masuk", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = "ani",
            ["Password"] = KarsaWebFactory.Password,
            ["__RequestVerificationToken"] = KarsaWebFactory.AntiforgeryToken(form),
        }));

        var requests = lines.Where(l => l.StartsWith(RequestLogging.Category, StringComparison.Ordinal)).ToList();
        Assert.Contains(requests, l => l.Contains("GET /api/v1/me answered 200", StringComparison.Ordinal) && l.Contains("for ani (Planner, 33.13)", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.Contains("POST /masuk answered 302", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(KarsaWebFactory.Password, StringComparison.Ordinal) || l.Contains(token, StringComparison.Ordinal));
        Assert.DoesNotContain(requests, l => l.Contains("probe=1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_configured_certificate_encrypts_the_keys_stored_in_the_database()
    {
        using var database = TestDatabases.Sqlite();
        var pfx = Path.Combine(Path.GetTempPath(), $"karsa-dp-{Guid.NewGuid():N}.pfx");
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Karsa data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
            await File.WriteAllBytesAsync(pfx, certificate.Export(X509ContentType.Pfx, "rahasia"));
        }

        try
        {
            await using var factory = new KarsaWebFactory(database, loadSample: false);
            await using var app = factory.WithWebHostBuilder(web => web
                .UseSetting("Karsa:DataProtectionCertificate", pfx).UseSetting("Karsa:DataProtectionCertificatePassword", "rahasia"));
            using var browser = app.CreateClient(new() { AllowAutoRedirect = false, HandleCookies = true });
            var form = await browser.GetStringAsync(new Uri("/masuk", UriKind.Relative)); // the antiforgery token needs a key
            Assert.NotEmpty(KarsaWebFactory.AntiforgeryToken(form));

            await using var scope = app.Services.CreateAsyncScope();
            var keys = await scope.ServiceProvider.GetRequiredService<KarsaDbContext>().DataProtectionKeys.AsNoTracking().ToListAsync();
            var key = Assert.Single(keys);
            Assert.Contains("encryptedSecret", key.Xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<value>", key.Xml, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pfx);
        }
    }

    private sealed class ListLogger(ConcurrentQueue<string> lines) : ILoggerProvider, ILogger
    {
        private string _category = "";

        public ILogger CreateLogger(string categoryName) => new ListLogger(lines) { _category = categoryName };

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue($"{_category}: {formatter(state, exception)}");

        public void Dispose()
        {
        }
    }
}
