using System.Security.Claims;
using System.Text.Encodings.Web;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Accounts;

/// <summary>
/// Authenticates API calls by a personal token in <c>Authorization: Bearer karsa_...</c>: the token's
/// hash must name a token that is neither revoked nor expired, and its user must exist and not be
/// locked out. No header: anonymous (public reads still work); a bad token: 401.
/// </summary>
internal sealed class ApiTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder,
    IDbContextFactory<KarsaDbContext> contexts, IUserClaimsPrincipalFactory<KarsaUser> principals, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "ApiToken";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }

        var hash = ApiTokenHashing.Hash(header["Bearer ".Length..].Trim());
        var now = clock.GetUtcNow();
        await using var context = await contexts.CreateDbContextAsync(Context.RequestAborted).ConfigureAwait(false);
        var token = await context.ApiTokens.SingleOrDefaultAsync(t => t.Hash == hash, Context.RequestAborted).ConfigureAwait(false);
        if (token is null || token.RevokedAt is not null || token.ExpiresAt <= now)
        {
            return AuthenticateResult.Fail("The API token is unknown, revoked or expired.");
        }

        var user = await context.Users.SingleOrDefaultAsync(u => u.Id == token.UserId, Context.RequestAborted).ConfigureAwait(false);
        if (user is null || (user.LockoutEnd is { } end && end > now))
        {
            return AuthenticateResult.Fail("The token's account is locked or gone.");
        }

        if (token.LastUsedAt is null || now - token.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            token.LastUsedAt = now;
            await context.SaveChangesAsync(Context.RequestAborted).ConfigureAwait(false);
        }

        var principal = await principals.CreateAsync(user).ConfigureAwait(false);
        var identity = new ClaimsIdentity(principal.Claims, SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }
}
