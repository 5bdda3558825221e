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
public sealed class AccountUseCases(UserManager<KarsaUser> users, KarsaDbContext context, TimeProvider clock)
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

    /// <summary>Sets the password of an account that has none, from a one-time link's token; the link then stops working.</summary>
    public async Task<UseCaseResult<KarsaUser>> SetPasswordFromLinkAsync(string userName, string token, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName ?? "").ConfigureAwait(false);
        if (user is null || await users.HasPasswordAsync(user).ConfigureAwait(false))
        {
            return UseCaseError.Invalid([AccountRules.Problem("token", "Tautan ini tidak berlaku (sudah dipakai atau salah); minta tautan baru kepada administrator.",
                "This link is not valid (already used, or wrong); ask an administrator for a new one.")]);
        }

        return await InTransactionAsync<KarsaUser>(async () =>
        {
            var reset = await users.ResetPasswordAsync(user, token ?? "", password ?? "").ConfigureAwait(false);
            if (!reset.Succeeded)
            {
                return UseCaseError.Invalid(IdentityErrors.Of(reset));
            }

            Record(AuditActions.PasswordSet, user.DisplayName, user, null, null);
            return UseCaseResult.Success(user);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Changes the caller's own password (the current one must be right).</summary>
    public async Task<UseCaseResult<UserView>> ChangePasswordAsync(string userId, string current, string password, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByIdAsync(userId).ConfigureAwait(false);
        if (user is null)
        {
            return NotFound();
        }

        return await InTransactionAsync(async () =>
        {
            var changed = await users.ChangePasswordAsync(user, current ?? "", password ?? "").ConfigureAwait(false);
            if (!changed.Succeeded)
            {
                return UseCaseError.Invalid(IdentityErrors.Of(changed));
            }

            Record(AuditActions.PasswordChange, user.DisplayName, user, null, null);
            return UseCaseResult.Success(await ViewAsync(user).ConfigureAwait(false));
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Records a failed sign-in of an existing account (and its lockout, when this failure locked it); unknown names are not recorded.</summary>
    public async Task RecordSignInFailureAsync(string userName, bool lockedOut, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByNameAsync(userName ?? "").ConfigureAwait(false);
        if (user is null)
        {
            return;
        }

        Record(lockedOut ? AuditActions.SignInLockout : AuditActions.SignInFailure, user.DisplayName, user, null, null);
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
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

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction with the audit entries it records: all of it is
    /// stored, or (on a refusal or an error) none.
    /// </summary>
    private async Task<UseCaseResult<T>> InTransactionAsync<T>(Func<Task<UseCaseResult<T>>> work, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            await using var transaction = await context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var result = await work().ConfigureAwait(false);
            if (result.Succeeded)
            {
                await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                context.ChangeTracker.Clear();
            }

            return result;
        }
        catch (DbUpdateConcurrencyException)
        {
            context.ChangeTracker.Clear();
            return UseCaseError.Of(FailureKind.Conflict, IdentityErrors.Describe(new IdentityErrorDescriber().ConcurrencyFailure()));
        }
        catch (Exception error) when (error is DbUpdateException or System.Data.Common.DbException)
        {
            context.ChangeTracker.Clear();
            return UseCaseError.Of(FailureKind.Database, new LocalizedText(
                $"Basis data menolak perubahan akun: {error.GetBaseException().Message}", $"The database refused the account change: {error.GetBaseException().Message}"));
        }
    }

    /// <summary>
    /// The first start's bootstrap: creates the system administrator <paramref name="userName"/> (without
    /// a password) when it does not exist, and while it has no password gives the path of a one-time link
    /// to set it; null once it has one. There is no default password.
    /// </summary>
    public async Task<string?> AdministratorSetupPathAsync(string userName)
    {
        var admin = await users.FindByNameAsync(userName).ConfigureAwait(false);
        if (admin is null)
        {
            admin = new KarsaUser { UserName = userName, DisplayName = "Administrator", Role = nameof(Role.SystemAdministrator), CreatedAt = clock.GetUtcNow() };
            var created = await users.CreateAsync(admin).ConfigureAwait(false);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException("The administrator account cannot be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            }
        }

        return await users.HasPasswordAsync(admin).ConfigureAwait(false) ? null : await LinkAsync(admin).ConfigureAwait(false);
    }

    private void Record(string action, Actor actor, KarsaUser user, string? before, string? after) => Record(action, actor.Name, user, before, after);

    private void Record(string action, string actor, KarsaUser user, string? before, string? after, string? region = null) =>
        context.AuditEntries.Add(AccountAudit.Entry(action, actor, user.UserName, region ?? user.RegionCode, before, after, clock.GetUtcNow()));

    private async Task<string> LinkAsync(KarsaUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        return $"{LinkPage}?user={Uri.EscapeDataString(user.UserName!)}&token={Uri.EscapeDataString(token)}";
    }

    private static void Apply(KarsaUser user, UserInput input, Role role)
    {
        user.DisplayName = input.DisplayName.Trim();
        user.Role = role.ToString();
        user.RegionCode = AccountRules.IsNational(role) ? null : input.Region!.Trim();
        user.AgencyCode = role == Role.AgencyReporter ? input.Agency!.Trim() : null;
    }

    private async Task<UserView> ViewAsync(KarsaUser user) => new(
        user.Id, user.UserName ?? "", user.DisplayName, Enum.TryParse<Role>(user.Role, out var role) ? role : Role.Viewer, user.RegionCode, user.AgencyCode,
        await users.HasPasswordAsync(user).ConfigureAwait(false), user.LockoutEnd is { } end && end > clock.GetUtcNow() ? end : null, user.CreatedAt,
        user.ConcurrencyStamp ?? "");

    private static async Task<UseCaseError?> Identity(Task<IdentityResult> operation)
    {
        var result = await operation.ConfigureAwait(false);
        return result.Succeeded ? null : result.Errors.Any(e => e.Code == "ConcurrencyFailure")
            ? UseCaseError.Of(FailureKind.Conflict, IdentityErrors.Describe(result.Errors.First()))
            : UseCaseError.Invalid(IdentityErrors.Of(result));
    }

    private static UseCaseError NotFound() => UseCaseError.Of(FailureKind.NotFound, new LocalizedText(
        "Akun itu tidak ada atau tidak Anda kelola.", "That account does not exist or is not one you manage."));

    private static UseCaseError OutOfScope() => UseCaseError.Invalid([AccountRules.Problem("region",
        "Anda hanya dapat mengelola akun wilayah Anda sendiri, dan tidak dapat memberi peran nasional.",
        "You can only manage accounts of your own region, and cannot give a national role.")]);

    private static UseCaseError Self(string path) => UseCaseError.Invalid([AccountRules.Problem(path,
        "Anda tidak dapat mengubah peran, mengunci atau menghapus akun Anda sendiri: minta administrator lain.",
        "You cannot change the role of, lock or delete your own account: ask another administrator.")]);
}
