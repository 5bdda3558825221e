using Karsa.Storage;
using Karsa.Web.Access;
using Karsa.Web.Accounts;
using Karsa.Web.Api;
using Karsa.Web.Jobs;
using Karsa.Web.Localization;
using Karsa.Web.Pages.Portal;
using Microsoft.AspNetCore.HttpOverrides;
using Scalar.AspNetCore;

namespace Karsa.Web.Hosting;

/// <summary>Builds the web app: its services and its request pipeline, in one place.</summary>
public static class KarsaWebApp
{
    /// <summary>The app for <paramref name="args"/>; <paramref name="configure"/> may change the builder (tests do).</summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        configure?.Invoke(builder);
        AddServices(builder);
        var app = builder.Build();
        UsePipeline(app);
        return app;
    }

    private static void AddServices(WebApplicationBuilder builder)
    {
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole(json => json.IncludeScopes = true);
        }

        var section = builder.Configuration.GetSection(KarsaWebOptions.Section);
        builder.Services.Configure<KarsaWebOptions>(section);
        var options = section.Get<KarsaWebOptions>() ?? new KarsaWebOptions();
        builder.Services.AddKarsaStorage(DatabaseLocation.Parse(options.Database));
        builder.Services.AddSingleton<Karsa.Application.Monitoring.IProgressFacts>(new Karsa.Application.Progress.ProgressFacts(options.Database));

        // First: the schema must exist before data protection reads its keys from the database.
        builder.Services.AddHostedService<FirstStart>();
        builder.Services.AddHostedService<VersionFeed>();
        builder.Services.AddKarsaAccounts();
        builder.Services.AddKeyProtection(options);
        builder.Services.AddKarsaAccess();
        builder.Services.AddKarsaJobs(builder.Configuration);
        builder.Services.AddRazorPages();
        builder.Services.AddOutputCache(cache => cache.AddPolicy(PublishedPageCache.Name, new PublishedPageCache()));
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi("v1");
        builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded => TrustedProxies.Configure(forwarded, options.TrustedProxies));
    }

    private static void UsePipeline(WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/galat");
            app.UseHsts();
        }

        // Pages show an error page; the API answers ProblemDetails (a re-executed page would turn an
        // API 401/403 of a POST into the page's antiforgery 400).
        app.UseWhen(http => !http.Request.Path.StartsWithSegments("/api"), pages => pages.UseStatusCodePagesWithReExecute("/status/{0}"));
        app.UseWhen(http => http.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
        app.UseSecurityHeaders();
        app.UseStaticFiles();
        app.UseKarsaLanguages();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseKarsaRequestLogging();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.UseOutputCache();

        app.MapRazorPages();
        app.MapKarsaApi();
        app.MapLanguageSwitch();
        app.MapOpenApi("/openapi/{documentName}.json");
        // Accessibility (WCAG 2.1 AA, checked by the browser tests): the page's language, and Scalar's light
        // grey text (#8e8e8e, 3.2:1) darkened to 5:1 on its backgrounds.
        app.MapScalarApiReference("/docs", scalar => scalar.WithTitle("Karsa API")
            .WithOpenApiRoutePattern("/openapi/{documentName}.json").WithNonce().DisableDefaultFonts()
            .WithJavaScriptConfiguration("/js/docs-config.js")
            .WithCustomCss(".light-mode { --scalar-color-3: #6b6b6b !important; }"));
        app.MapHealthChecks("/healthz");
    }
}
