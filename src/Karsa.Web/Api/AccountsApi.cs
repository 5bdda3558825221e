using Karsa.Application.Accounts;
using Karsa.Application.Audit;
using Karsa.Application.Common;
using Karsa.Web.Accounts;

namespace Karsa.Web.Api;

/// <summary>Accounts, personal API tokens and the audit log.</summary>
internal static class AccountsApi
{
    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var me = api.MapGroup("/me").WithTags("Accounts").RequireAuthorization();
        me.MapGet("", async (HttpContext http, AccountUseCases accounts) =>
                Answer(await accounts.MeAsync(CurrentUser.Id(http), http.RequestAborted).ConfigureAwait(false), http))
            .WithName("GetMe").WithSummary("The caller's own account.");
        me.MapGet("/tokens", async (HttpContext http, TokenUseCases tokens, int? offset, int? limit) =>
            {
                var list = await tokens.ListAsync(CurrentUser.Id(http), http.RequestAborted).ConfigureAwait(false);
                return list.Succeeded ? Results.Ok(Paging.Of(list.Value, offset, limit)) : ApiProblems.From(list.Error);
            })
            .WithName("ListMyTokens").WithSummary("The caller's personal API tokens (never the secrets), newest first.");
        me.MapPost("/tokens", async (HttpContext http, TokenUseCases tokens, TokenRequest request) =>
            {
                var made = await tokens.CreateAsync(CurrentUser.Id(http), request.Name ?? "", request.ExpiresAt ?? DateTimeOffset.UtcNow.AddDays(90), http.RequestAborted)
                    .ConfigureAwait(false);
                return made.Succeeded ? Results.Created($"/api/v1/me/tokens/{made.Value.View.Id}", made.Value) : ApiProblems.From(made.Error);
            })
            .WithName("CreateMyToken").WithSummary("Makes a personal API token; the token is in this answer only (expiry: at most a year; default 90 days).");
        me.MapDelete("/tokens/{id:guid}", async (HttpContext http, TokenUseCases tokens, Guid id) =>
            {
                var revoked = await tokens.RevokeAsync(CurrentUser.Id(http), id, http.RequestAborted).ConfigureAwait(false);
                return revoked.Succeeded ? Results.NoContent() : ApiProblems.From(revoked.Error);
            })
            .WithName("RevokeMyToken").WithSummary("Revokes one of the caller's tokens (again: no change).");

        var users = api.MapGroup("/users").WithTags("Accounts").RequireAuthorization(ScopedPolicies.ManageUsers);
        users.MapGet("", async (HttpContext http, AccountUseCases accounts, int? offset, int? limit) =>
            {
                var (start, size) = (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? 50, 1, Paging.MaxLimit));
                var list = await accounts.ListAsync(CurrentUser.Actor(http), start, size, http.RequestAborted).ConfigureAwait(false);
                return list.Succeeded ? Results.Ok(new Page<UserView>(list.Value.Users, start, size, list.Value.Total)) : ApiProblems.From(list.Error);
            })
            .WithName("ListUsers").WithSummary("The accounts the caller manages (a region administrator: their region's), by user name.");
        users.MapPost("", async (HttpContext http, AccountUseCases accounts, UserInput input) =>
            {
                var made = await accounts.CreateAsync(CurrentUser.Actor(http), input, http.RequestAborted).ConfigureAwait(false);
                if (!made.Succeeded)
                {
                    return ApiProblems.From(made.Error);
                }

                http.SetETag(made.Value.User.ConcurrencyStamp);
                return Results.Created($"/api/v1/users/{made.Value.User.Id}", made.Value);
            })
            .WithName("CreateUser").WithSummary("Creates an account without a password; the answer's one-time link sets it.");
        users.MapGet("/{id}", async (HttpContext http, AccountUseCases accounts, string id) =>
                Answer(await accounts.GetAsync(CurrentUser.Actor(http), id, http.RequestAborted).ConfigureAwait(false), http))
            .WithName("GetUser").WithSummary("An account the caller manages; its ETag is its concurrency stamp.");
        users.MapPut("/{id}", async (HttpContext http, AccountUseCases accounts, string id, UserInput input) =>
            {
                var stamp = Preconditions.RequiredIfMatch(http, out var refusal);
                return stamp is null ? refusal! : Answer(await accounts.UpdateAsync(CurrentUser.Actor(http), CurrentUser.Id(http), id, input, stamp, http.RequestAborted)
                    .ConfigureAwait(false), http);
            })
            .WithName("UpdateUser").WithSummary("Sets an account's display name, role, region and agency (If-Match required).");
        users.MapPut("/{id}/locked", async (HttpContext http, AccountUseCases accounts, string id, LockRequest request) =>
            {
                var stamp = Preconditions.RequiredIfMatch(http, out var refusal);
                return stamp is null ? refusal! : Answer(await accounts.SetLockedAsync(CurrentUser.Actor(http), CurrentUser.Id(http), id, request.Locked, stamp,
                    http.RequestAborted).ConfigureAwait(false), http);
            })
            .WithName("LockUser").WithSummary("Locks (true) or unlocks (false) an account (If-Match required).");
        users.MapPost("/{id}/link", async (HttpContext http, AccountUseCases accounts, string id) =>
            {
                var link = await accounts.IssueLinkAsync(CurrentUser.Actor(http), CurrentUser.Id(http), id, http.RequestAborted).ConfigureAwait(false);
                return link.Succeeded ? Results.Ok(link.Value) : ApiProblems.From(link.Error);
            })
            .WithName("IssueUserLink").WithSummary("A new one-time link to set the account's password; its old password stops working.");
        users.MapDelete("/{id}", async (HttpContext http, AccountUseCases accounts, string id) =>
            {
                var stamp = Preconditions.RequiredIfMatch(http, out var refusal);
                if (stamp is null)
                {
                    return refusal!;
                }

                var deleted = await accounts.DeleteAsync(CurrentUser.Actor(http), CurrentUser.Id(http), id, stamp, http.RequestAborted).ConfigureAwait(false);
                return deleted.Succeeded ? Results.NoContent() : ApiProblems.From(deleted.Error);
            })
            .WithName("DeleteUser").WithSummary("Deletes an account and its tokens (If-Match required).");

        api.MapGet("/audit", async (HttpContext http, AuditUseCases audit, string? region, string? actor, string? action, int? offset, int? limit) =>
            {
                var (start, size) = (Math.Max(0, offset ?? 0), Math.Clamp(limit ?? 50, 1, Paging.MaxLimit));
                var page = await audit.ReadAsync(CurrentUser.Actor(http), region, actor, action, start, size, http.RequestAborted).ConfigureAwait(false);
                return page.Succeeded ? Results.Ok(new Page<AuditView>(page.Value.Entries, start, size, page.Value.Total)) : ApiProblems.From(page.Error);
            })
            .RequireAuthorization(ScopedPolicies.ReadAudit)
            .WithName("ReadAudit").WithTags("Audit").WithSummary("The audit log, newest first, filtered by region, actor and action (a region administrator: their region's).");
    }

    private static IResult Answer(UseCaseResult<UserView> result, HttpContext http)
    {
        if (!result.Succeeded)
        {
            return ApiProblems.From(result.Error);
        }

        http.SetETag(result.Value.ConcurrencyStamp);
        return Results.Ok(result.Value);
    }
}

/// <summary>A new personal token: its name and expiry (at most a year; default 90 days).</summary>
/// <param name="Name">What the token is for.</param>
/// <param name="ExpiresAt">When it stops working.</param>
internal sealed record TokenRequest(string? Name, DateTimeOffset? ExpiresAt);

/// <summary>Lock or unlock an account.</summary>
/// <param name="Locked">True to lock.</param>
internal sealed record LockRequest(bool Locked);
