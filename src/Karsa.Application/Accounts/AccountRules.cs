using Karsa.Application.Access;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;

namespace Karsa.Application.Accounts;

/// <summary>
/// What an account may look like, and who may manage which account. Who may is always asked of
/// <see cref="AccessPolicy"/> (<see cref="Permission.ManageUsers"/>) with the account's region: national
/// accounts have none, so only those who manage the whole installation may touch them.
/// </summary>
public static class AccountRules
{
    /// <summary>True when <paramref name="actor"/> manages any accounts at all (the whole installation or their own region).</summary>
    public static bool ManagesAny(Actor? actor) => Scope(actor) is not null;

    /// <summary>
    /// The accounts <paramref name="actor"/> manages: <see cref="AccountScope.All"/>, one region's, or
    /// null for none.
    /// </summary>
    public static AccountScope? Scope(Actor? actor) =>
        AccessPolicy.Allows(actor, Permission.ManageUsers, null) ? AccountScope.All
        : actor?.Region is { } own && AccessPolicy.Allows(actor, Permission.ManageUsers, own) ? new AccountScope(own.Value)
        : null;

    /// <summary>True when <paramref name="actor"/> may manage an account of <paramref name="role"/> in <paramref name="region"/>.</summary>
    public static bool MayManage(Actor? actor, Role role, string? region) =>
        AccessPolicy.Allows(actor, Permission.ManageUsers, IsNational(role) || region is null || !RegionCode.TryParse(region, out var code) ? null : code);

    /// <summary>The roles <paramref name="actor"/> may give to accounts of their own scope (a region administrator: no national role).</summary>
    public static IEnumerable<Role> Assignable(Actor? actor) => Enum.GetValues<Role>().Where(r => MayManage(actor, r, actor?.Region?.Value));

    /// <summary>True for the roles that act on every region (they have no region).</summary>
    public static bool IsNational(Role role) => new Actor("", role, null, null).IsNational;

    /// <summary>The problems of <paramref name="input"/> (empty when it is a valid account), each at its field.</summary>
    public static IReadOnlyList<Diagnostic> Check(UserInput input, bool creating, out Role role)
    {
        ArgumentNullException.ThrowIfNull(input);
        var problems = new List<Diagnostic>();
        if (creating && string.IsNullOrWhiteSpace(input.UserName))
        {
            problems.Add(Problem("userName", "Isi nama pengguna (huruf, angka, titik, minus).", "Enter a user name (letters, digits, dots, dashes)."));
        }

        if (string.IsNullOrWhiteSpace(input.DisplayName) || input.DisplayName.Length > 200)
        {
            problems.Add(Problem("displayName", "Isi nama tampilan (paling banyak 200 karakter).", "Enter a display name (at most 200 characters)."));
        }

        if (!Enum.TryParse(input.Role, ignoreCase: false, out role) || !Enum.IsDefined(role))
        {
            problems.Add(Problem("role", $"Peran '{input.Role}' tidak dikenal; pilih salah satu: {string.Join(", ", Enum.GetNames<Role>())}.",
                $"The role '{input.Role}' is unknown; pick one of: {string.Join(", ", Enum.GetNames<Role>())}."));
            return problems;
        }

        var region = input.Region?.Trim() ?? "";
        if (IsNational(role) && region.Length > 0)
        {
            problems.Add(Problem("region", "Peran nasional tidak memiliki wilayah: kosongkan wilayah.", "A national role has no region: leave the region empty."));
        }
        else if (!IsNational(role) && !RegionCode.TryParse(region, out _))
        {
            problems.Add(Problem("region", $"Isi kode wilayah Kemendagri yang sah untuk peran ini (mis. 33.13), bukan '{region}'.",
                $"Enter a valid Home Affairs region code for this role (e.g. 33.13), not '{region}'."));
        }

        var agency = input.Agency?.Trim() ?? "";
        if (role == Role.AgencyReporter && (agency.Length == 0 || agency.Length > 40))
        {
            problems.Add(Problem("agency", "Pelapor perangkat daerah memerlukan kode perangkat daerah (paling banyak 40 karakter).",
                "An agency reporter needs an agency code (at most 40 characters)."));
        }
        else if (role != Role.AgencyReporter && agency.Length > 0)
        {
            problems.Add(Problem("agency", "Hanya pelapor perangkat daerah yang memiliki kode perangkat daerah: kosongkan.",
                "Only agency reporters have an agency code: leave it empty."));
        }

        return problems;
    }

    /// <summary>An error at <paramref name="path"/> of an account.</summary>
    public static Diagnostic Problem(string path, string indonesian, string english) =>
        new(Severity.Error, "KRS-ACC", new LocalizedText(indonesian, english), null, path);
}

/// <summary>Which accounts an administrator manages: all (<see cref="Region"/> null) or one region's.</summary>
/// <param name="Region">The region's code, or null for every account.</param>
public sealed record AccountScope(string? Region)
{
    /// <summary>Every account.</summary>
    public static AccountScope All { get; } = new((string?)null);

    /// <summary>True when an account of <paramref name="region"/> is within the scope.</summary>
    public bool Covers(string? region) => Region is null || string.Equals(Region, region, StringComparison.Ordinal);
}
