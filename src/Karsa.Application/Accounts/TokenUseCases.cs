using Karsa.Application.Audit;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Storage.Audit;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Accounts;

/// <summary>
/// A user's personal API tokens: list them (never the secret), make one (shown once, expiring within a
/// year), revoke one. Each change and its audit entry are saved together.
/// </summary>
public sealed class TokenUseCases(KarsaDbContext context, TimeProvider clock)
{
    /// <summary>The user's tokens, newest first (revoked and expired ones included, so the list tells what happened).</summary>
    public async Task<UseCaseResult<IReadOnlyList<TokenView>>> ListAsync(string userId, CancellationToken cancellationToken = default)
    {
        var rows = await context.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(cancellationToken).ConfigureAwait(false);
        return UseCaseResult.Success<IReadOnlyList<TokenView>>([.. rows.OrderByDescending(r => r.CreatedAt).Select(View)]);
    }

    /// <summary>Makes a token named <paramref name="name"/> for the user, working until <paramref name="expiresAt"/> (at most a year from now).</summary>
    public async Task<UseCaseResult<NewToken>> CreateAsync(string userId, string name, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var problems = new List<Domain.Diagnostics.Diagnostic>();
        name = name?.Trim() ?? "";
        if (name.Length is 0 or > 200)
        {
            problems.Add(AccountRules.Problem("name", "Beri token sebuah nama (paling banyak 200 karakter), mis. \"laporan bulanan\".",
                "Give the token a name (at most 200 characters), e.g. \"monthly report\"."));
        }

        if (expiresAt <= now || expiresAt > now + ApiTokens.MaxLifetime)
        {
            problems.Add(AccountRules.Problem("expiresAt", "Masa berlaku token harus di masa depan dan paling lama satu tahun.",
                "The token must expire in the future and within one year."));
        }

        var user = await context.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (user is null)
        {
            return UseCaseError.Of(FailureKind.NotFound, new LocalizedText("Akun tidak ada.", "The account does not exist."));
        }

        if (problems.Count > 0)
        {
            return UseCaseError.Invalid(problems);
        }

        var token = ApiTokens.NewToken();
        var row = new ApiTokenRecord
        {
            Id = Guid.NewGuid(),
            UserId = userId,
            Name = name,
            Prefix = ApiTokens.Prefix(token),
            Hash = ApiTokens.Hash(token),
            CreatedAt = now,
            ExpiresAt = expiresAt,
        };
        context.ApiTokens.Add(row);
        context.AuditEntries.Add(AccountAudit.Entry(AuditActions.TokenCreate, user.DisplayName, user.UserName, user.RegionCode, null,
            Describe(row), now));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        return UseCaseResult.Success(new NewToken(token, View(row)));
    }

    /// <summary>Revokes one of the user's tokens; revoking a revoked token changes nothing.</summary>
    public async Task<UseCaseResult<TokenView>> RevokeAsync(string userId, Guid tokenId, CancellationToken cancellationToken = default)
    {
        var row = await context.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, cancellationToken).ConfigureAwait(false);
        var user = await context.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken).ConfigureAwait(false);
        if (row is null || user is null)
        {
            return UseCaseError.Of(FailureKind.NotFound, new LocalizedText("Token itu tidak ada.", "That token does not exist."));
        }

        if (row.RevokedAt is null)
        {
            var before = Describe(row);
            row.RevokedAt = clock.GetUtcNow();
            context.AuditEntries.Add(AccountAudit.Entry(AuditActions.TokenRevoke, user.DisplayName, user.UserName, user.RegionCode, before,
                Describe(row), row.RevokedAt.Value));
            await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }

        return UseCaseResult.Success(View(row));
    }

    private static TokenView View(ApiTokenRecord row) => new(row.Id, row.Name, row.Prefix, row.CreatedAt, row.ExpiresAt, row.LastUsedAt, row.RevokedAt);

    private static string Describe(ApiTokenRecord row) => System.Text.Json.JsonSerializer.Serialize(new
    {
        name = row.Name,
        prefix = row.Prefix,
        expiresAt = row.ExpiresAt,
        revokedAt = row.RevokedAt,
    });
}
