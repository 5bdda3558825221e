using Karsa.Application.Access;
using Karsa.Application.Common;
using Karsa.Storage.Accounts;
using Karsa.Storage.Audit;

namespace Karsa.Application.Accounts;

// Passwords and sign-in: one-time links, own password changes, failed sign-ins, the first administrator.
public sealed partial class AccountUseCases
{
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

    private async Task<string> LinkAsync(KarsaUser user)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user).ConfigureAwait(false);
        return $"{LinkPage}?user={Uri.EscapeDataString(user.UserName!)}&token={Uri.EscapeDataString(token)}";
    }
}
