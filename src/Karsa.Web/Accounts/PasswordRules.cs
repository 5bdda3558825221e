using Microsoft.AspNetCore.Identity;
using static Karsa.Web.Localization.Say;

namespace Karsa.Web.Accounts;

/// <summary>Identity's password and token errors in the request's language.</summary>
public static class PasswordRules
{
    /// <summary>What <paramref name="error"/> means and what to do.</summary>
    public static string Describe(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "PasswordTooShort" => T("Kata sandi terlalu pendek: minimal 12 karakter.", "The password is too short: at least 12 characters."),
            "PasswordRequiresDigit" => T("Kata sandi perlu setidaknya satu angka.", "The password needs at least one digit."),
            "PasswordRequiresLower" => T("Kata sandi perlu setidaknya satu huruf kecil.", "The password needs at least one lower-case letter."),
            "InvalidToken" => T("Tautan ini tidak berlaku lagi; minta tautan baru kepada administrator.", "This link is no longer valid; ask an administrator for a new one."),
            "DuplicateUserName" => T("Nama pengguna itu sudah dipakai.", "That user name is taken."),
            _ => error.Description,
        };
    }
}
