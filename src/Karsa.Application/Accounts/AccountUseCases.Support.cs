using Karsa.Application.Access;
using Karsa.Application.Audit;
using Karsa.Application.Common;
using Karsa.Domain.Primitives;
using Karsa.Storage.Accounts;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Karsa.Application.Accounts;

// What the account use cases share: the transaction with its audit entries, views and errors.
public sealed partial class AccountUseCases
{
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

    private void Record(string action, Actor actor, KarsaUser user, string? before, string? after) => Record(action, actor.Name, user, before, after);

    private void Record(string action, string actor, KarsaUser user, string? before, string? after, string? region = null) =>
        context.AuditEntries.Add(AccountAudit.Entry(action, actor, user.UserName, region ?? user.RegionCode, before, after, clock.GetUtcNow()));

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
