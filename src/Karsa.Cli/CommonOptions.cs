using System.CommandLine;
using Karsa.Storage;

namespace Karsa.Cli;

/// <summary>Options shared by several commands, built in the user's language.</summary>
internal static class CommonOptions
{
    public static Option<string?> Database(CliContext context) => new("--db")
    {
        Description = context.T(
            $"Berkas SQLite atau string koneksi PostgreSQL (Host=...;Database=...). Bawaan: {DatabaseLocation.DefaultSqlitePath}",
            $"SQLite file or PostgreSQL connection string (Host=...;Database=...). Default: {DatabaseLocation.DefaultSqlitePath}"),
        HelpName = "PATH|CONNECTION",
    };

    public static Option<string?> Language(CliContext context)
    {
        // No default value here: the language is chosen before parsing (--lang, then $KARSA_LANG, then id).
        var option = new Option<string?>("--lang")
        {
            Description = context.T(
                "Bahasa pesan: id (Bahasa Indonesia) atau en (English); tanpa opsi ini: $KARSA_LANG, lalu id",
                "Message language: id (Bahasa Indonesia) or en (English); without it: $KARSA_LANG, then id"),
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("id", "en");
        return option;
    }

    public static Option<int?> Version(CliContext context) => new("--version")
    {
        Description = context.T("Nomor versi rencana (bawaan: versi terbaru)", "Plan version number (default: the newest)"),
        HelpName = "N",
    };

    public static Argument<string> Region(CliContext context) => new("REGION")
    {
        Description = context.T("Kode wilayah Kemendagri, mis. 33.13", "Home Affairs region code, e.g. 33.13"),
    };
}
