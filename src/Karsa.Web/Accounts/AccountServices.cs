using System.Threading.RateLimiting;
using Karsa.Application.Accounts;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Web.Accounts;

/// <summary>
/// Accounts: ASP.NET Core Identity on the Karsa database, cookie sign-in for pages, personal tokens for
/// the API (<c>/api/...</c> never accepts the cookie, so the API needs no antiforgery), password rules,
/// lockout, a rate limit on sign-in, and data-protection keys in the database so that several servers
/// read each other's cookies.
/// </summary>
public static class AccountServices
{
    /// <summary>The scheme that picks the API token for <c>/api</c> and the cookie elsewhere.</summary>
    public const string Scheme = "Karsa";

    /// <summary>The rate-limiter policy on sign-in and first-password pages.</summary>
    public const string SignInRateLimit = "sign-in";

    /// <summary>Adds Identity, the authentication schemes, data protection and the sign-in rate limit.</summary>
    public static IServiceCollection AddKarsaAccounts(this IServiceCollection services)
    {
        services.AddScoped(provider => provider.GetRequiredService<IDbContextFactory<KarsaDbContext>>().CreateDbContext());
        services.AddDataProtection().SetApplicationName("Karsa").PersistKeysToDbContext<KarsaDbContext>();
        services.AddSingleton(TimeProvider.System);

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Karsa", options => options.ForwardDefaultSelector = http =>
                http.Request.Path.StartsWithSegments("/api") ? ApiTokenAuthenticationHandler.SchemeName : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthenticationHandler>(ApiTokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies(cookies => cookies.ApplicationCookie?.Configure(cookie =>
            {
                cookie.Cookie.Name = "karsa.auth";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Lax;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.LoginPath = "/masuk";
                cookie.LogoutPath = "/keluar";
                cookie.AccessDeniedPath = "/ditolak";
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
            }));

        services.AddIdentityCore<KarsaUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = false;
            })
            .AddEntityFrameworkStores<KarsaDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<KarsaClaimsFactory>();

        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            // Only attempts (POSTs) count: reading the form is free.
            limiter.AddPolicy(SignInRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 10, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("read"));
        });
        services.AddScopedPermissions();
        services.AddKarsaAccountUseCases();
        return services;
    }
}
