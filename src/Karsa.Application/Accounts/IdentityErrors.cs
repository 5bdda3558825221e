using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Microsoft.AspNetCore.Identity;

namespace Karsa.Application.Accounts;

/// <summary>Identity's password, name and token errors in both languages, as diagnostics at a field.</summary>
public static class IdentityErrors
{
    /// <summary>What <paramref name="error"/> means and what to do.</summary>
    public static LocalizedText Describe(IdentityError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Code switch
        {
            "PasswordTooShort" => new("Kata sandi terlalu pendek: minimal 12 karakter.", "The password is too short: at least 12 characters."),
            "PasswordRequiresDigit" => new("Kata sandi perlu setidaknya satu angka.", "The password needs at least one digit."),
            "PasswordRequiresLower" => new("Kata sandi perlu setidaknya satu huruf kecil.", "The password needs at least one lower-case letter."),
            "PasswordMismatch" => new("Kata sandi sekarang salah.", "The current password is wrong."),
            "InvalidToken" => new("Tautan ini tidak berlaku lagi; minta tautan baru kepada administrator.", "This link is no longer valid; ask an administrator for a new one."),
            "DuplicateUserName" => new("Nama pengguna itu sudah dipakai: pilih nama lain.", "That user name is taken: choose another."),
            "InvalidUserName" => new("Nama pengguna hanya boleh berisi huruf, angka, titik, minus, garis bawah dan @.", "A user name may only hold letters, digits, dots, dashes, underscores and @."),
            "ConcurrencyFailure" => new("Akun ini baru saja diubah orang lain: muat ulang lalu coba lagi.", "Someone else just changed this account: reload and try again."),
            _ => new(error.Description, error.Description),
        };
    }

    /// <summary>The field an error concerns.</summary>
    public static string FieldOf(IdentityError error) =>
        error?.Code is { } code && code.Contains("UserName", StringComparison.Ordinal) ? "userName" : "password";

    /// <summary>The errors of a failed Identity result as diagnostics.</summary>
    public static IReadOnlyList<Diagnostic> Of(IdentityResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return [.. result.Errors.Select(e => new Diagnostic(Severity.Error, "KRS-ACC", Describe(e), null, FieldOf(e)))];
    }
}
