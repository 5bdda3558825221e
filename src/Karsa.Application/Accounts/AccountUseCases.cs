using Karsa.Application.Access;
using Karsa.Application.Audit;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage;
using Karsa.Storage.Accounts;
using Karsa.Storage.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Accounts;

/// <summary>
/// The use cases of accounts: administrators list, create (with a one-time link to set the password),
/// change, lock, unlock and delete the accounts they manage (<see cref="AccountRules"/>); everyone
/// changes their own password. Each change and its audit entry are written in one transaction. An
/// account outside the caller's scope is "not found", so its existence is not revealed.
/// </summary>
public sealed partial class AccountUseCases(UserManager<KarsaUser> users, KarsaDbContext context, TimeProvider clock)
{
    /// <summary>The path of the page that takes a one-time link.</summary>
    public const string LinkPage = "/akun/sandi-pertama";

    /// <summary>The caller's own account.</summary>
    public async Task<UseCaseResult<UserView>> MeAsync(string userId, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId).ConfigureAwait(false);
        return user is null ? NotFound() : UseCaseResult.Success(await ViewAsync(user).ConfigureAwait(false));
    }

    /// <summary>A page of the accounts <paramref name="actor"/> manages, by user name.</summary>
    public async Task<UseCaseResult<UserList>> ListAsync(Actor actor, int offset, int limit, CancellationToken cancellationToken = default)
    {
        if (AccountRules.Scope(actor) is not { } scope)
        {
            return NotFound();
        }

        var query = context.Users.AsNoTracking();
        if (scope.Region is { } region)
        {
            query = query.Where(u => u.RegionCode == region);
        }

        var total = await query.CountAsync(cancellationToken).ConfigureAwait(false);
        var page = await query.OrderBy(u => u.UserName).Skip(Math.Max(0, offset)).Take(Math.Clamp(limit, 1, 200))
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var views = new List<UserView>(page.Count);
        foreach (var user in page)
        {
            views.Add(await ViewAsync(user).ConfigureAwait(false));
        }

        return UseCaseResult.Success(new UserList(views, total));
    }

    /// <summary>An account <paramref name="actor"/> manages.</summary>
    public async Task<UseCaseResult<UserView>> GetAsync(Actor actor, string id, CancellationToken cancellationToken = default) =>
        await FindManagedAsync(actor, id).ConfigureAwait(false) is { } user ? UseCaseResult.Success(await ViewAsync(user).ConfigureAwait(false)) : NotFound();

    /// <summary>Creates an account without a password and gives the one-time link that sets it.</summary>
    public Task<UseCaseResult<OneTimeLink>> CreateAsync(Actor actor, UserInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(input);
        var problems = AccountRules.Check(input, creating: true, out var role);
        if (problems.Count > 0)
        {
            return Task.FromResult<UseCaseResult<OneTimeLink>>(UseCaseError.Invalid(problems));
        }

        if (!AccountRules.MayManage(actor, role, input.Region))
        {
            return Task.FromResult<UseCaseResult<OneTimeLink>>(OutOfScope());
        }

        return InTransactionAsync(async () =>
        {
            var user = new KarsaUser { UserName = input.UserName.Trim(), CreatedAt = clock.GetUtcNow() };
            Apply(user, input, role);
            var created = await users.CreateAsync(user).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                return UseCaseError.Invalid(IdentityErrors.Of(created));
            }

            Record(AuditActions.UserCreate, actor, user, null, AccountAudit.Describe(user));
            return UseCaseResult.Success(new OneTimeLink(await ViewAsync(user).ConfigureAwait(false), await LinkAsync(user).ConfigureAwait(false)));
        }, cancellationToken);
    }

    /// <summary>
    /// Changes an account's display name, role, region and agency (not its user name), when
    /// <paramref name="stamp"/> is still its concurrency stamp (else a conflict: someone changed it since).
    /// </summary>
    public async Task<UseCaseResult<UserView>> UpdateAsync(Actor actor, string actorId, string id, UserInput input, string stamp, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = AccountRules.Check(input, creating: false, out var role);
        if (problems.Count > 0)
        {
            return UseCaseError.Invalid(problems);
        }

        return await ChangeAsync(actor, actorId, id, stamp, AuditActions.UserUpdate, async user =>
        {
            if (!AccountRules.MayManage(actor, role, input.Region))
            {
                return OutOfScope();
            }

            if (user.Id == actorId && user.Role != role.ToString())
            {
                return Self("role");
            }

            Apply(user, input, role);
            return await Identity(users.UpdateAsync(user)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Locks an account (it cannot sign in nor use its tokens) or unlocks it.</summary>
    public Task<UseCaseResult<UserView>> SetLockedAsync(Actor actor, string actorId, string id, bool locked, string? stamp, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, actorId, id, stamp, locked ? AuditActions.UserLock : AuditActions.UserUnlock, async user =>
        {
            if (user.Id == actorId)
            {
                return Self("locked");
            }

            if (!locked)
            {
                await users.ResetAccessFailedCountAsync(user).ConfigureAwait(false);
            }

            await users.SetLockoutEnabledAsync(user, true).ConfigureAwait(false);
            var result = await Identity(users.SetLockoutEndDateAsync(user, locked ? DateTimeOffset.MaxValue : null)).ConfigureAwait(false);
            return result ?? await Identity(users.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
        }, cancellationToken);

    /// <summary>Deletes an account and its tokens.</summary>
    public Task<UseCaseResult<UserView>> DeleteAsync(Actor actor, string actorId, string id, string? stamp, CancellationToken cancellationToken = default) =>
        ChangeAsync(actor, actorId, id, stamp, AuditActions.UserDelete, async user =>
            user.Id == actorId ? Self("delete") : await Identity(users.DeleteAsync(user)).ConfigureAwait(false),
            cancellationToken, deleted: true);

    /// <summary>
    /// A new one-time link for an account (e.g. a forgotten password): its password, if any, stops
    /// working now, and earlier links too.
    /// </summary>
    public async Task<UseCaseResult<OneTimeLink>> IssueLinkAsync(Actor actor, string actorId, string id, CancellationToken cancellationToken = default)
    {
        var changed = await ChangeAsync(actor, actorId, id, null, AuditActions.UserLink, async user =>
        {
            if (await users.HasPasswordAsync(user).ConfigureAwait(false))
            {
                return await Identity(users.RemovePasswordAsync(user)).ConfigureAwait(false);
            }

            return await Identity(users.UpdateSecurityStampAsync(user)).ConfigureAwait(false);
        }, cancellationToken).ConfigureAwait(false);
        if (!changed.Succeeded)
        {
            return changed.Error;
        }

        var user = await users.FindByIdAsync(id).ConfigureAwait(false);
        return UseCaseResult.Success(new OneTimeLink(changed.Value, await LinkAsync(user!).ConfigureAwait(false)));
    }

    private async Task<UseCaseResult<UserView>> ChangeAsync(Actor actor, string actorId, string id, string? stamp, string action,
        Func<KarsaUser, Task<UseCaseError?>> change, CancellationToken cancellationToken, bool deleted = false)
    {
        var user = await FindManagedAsync(actor, id).ConfigureAwait(false);
        if (user is null)
        {
            return NotFound();
        }

        if (stamp is not null && !string.Equals(stamp, user.ConcurrencyStamp, StringComparison.Ordinal))
        {
            return UseCaseError.Of(FailureKind.Conflict, new LocalizedText(
                $"Akun {user.UserName} telah diubah sejak Anda membacanya: muat ulang lalu coba lagi.",
                $"The account {user.UserName} changed since you read it: reload and try again."));
        }

        var region = user.RegionCode;
        var before = AccountAudit.Describe(user);
        return await InTransactionAsync(async () =>
        {
            if (await change(user).ConfigureAwait(false) is { } refused)
            {
                return refused;
            }

            Record(action, actor.Name, user, before, deleted ? null : AccountAudit.Describe(user), region);
            return UseCaseResult.Success(await ViewAsync(user).ConfigureAwait(false));
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<KarsaUser?> FindManagedAsync(Actor actor, string id)
    {
        var user = await users.FindByIdAsync(id ?? "").ConfigureAwait(false);
        return user is not null && Enum.TryParse<Role>(user.Role, out var role) && AccountRules.MayManage(actor, role, user.RegionCode) ? user : null;
    }

    private static void Apply(KarsaUser user, UserInput input, Role role)
    {
        user.DisplayName = input.DisplayName.Trim();
        user.Role = role.ToString();
        user.RegionCode = AccountRules.IsNational(role) ? null : input.Region!.Trim();
        user.AgencyCode = role == Role.AgencyReporter ? input.Agency!.Trim() : null;
    }
}
