using System.Net;
using Karsa.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Karsa.Web.Tests.Operations;

/// <summary>
/// Behind a reverse proxy the app learns the scheme from <c>X-Forwarded-Proto</c> (and sends HSTS
/// only over TLS), but believes that header only from a trusted proxy: loopback by default, or the
/// configured addresses and networks.
/// </summary>
public sealed class ForwardedHeadersTests
{
    [Theory]
    [InlineData(null, "127.0.0.1", true)]
    [InlineData(null, "192.0.2.7", false)]
    [InlineData("10.1.0.0/16", "10.1.2.3", true)]
    [InlineData("10.1.0.0/16", "127.0.0.1", false)]
    [InlineData("192.0.2.7", "192.0.2.7", true)]
    [InlineData("192.0.2.7", "192.0.2.8", false)]
    public async Task Hsts_follows_the_forwarded_scheme_only_from_a_trusted_proxy(string? trusted, string sender, bool believed)
    {
        using var database = TestDatabases.Sqlite();
        var settings = trusted is null ? null : new Dictionary<string, string> { ["Karsa:TrustedProxies:0"] = trusted };
        await using var factory = new KarsaWebFactory(database, loadSample: false, settings: settings);
        await using var app = factory.WithWebHostBuilder(web => web.ConfigureServices(services =>
            services.AddSingleton<IStartupFilter>(new ConnectionFrom(IPAddress.Parse(sender)))));
        using var client = app.CreateClient(new() { AllowAutoRedirect = false });

        var plain = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));

        using var proxied = new HttpRequestMessage(HttpMethod.Get, new Uri("/", UriKind.Relative));
        proxied.Headers.Add("X-Forwarded-Proto", "https");
        proxied.Headers.Add("X-Forwarded-Host", "karsa.karanganyarkab.go.id");
        var answer = await client.SendAsync(proxied);
        Assert.Equal(believed, answer.Headers.Contains("Strict-Transport-Security"));
        Assert.Equal("DENY", string.Join(',', answer.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task A_trusted_proxy_that_is_not_an_address_stops_the_start_naming_the_setting()
    {
        using var database = TestDatabases.Sqlite();
        await using var app = new KarsaWebFactory(database, loadSample: false, settings: new Dictionary<string, string> { ["Karsa:TrustedProxies:0"] = "proxy.local" });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());
        Assert.Contains("Karsa:TrustedProxies has 'proxy.local'", error.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Makes every request come from <paramref name="address"/>, as a connection from it would.</summary>
    private sealed class ConnectionFrom(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((HttpContext context, RequestDelegate following) =>
            {
                context.Connection.RemoteIpAddress = address;
                return following(context);
            });
            next(app);
        };
    }
}
