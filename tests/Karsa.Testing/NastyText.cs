namespace Karsa.Testing;

/// <summary>Text that is hard to write and read back: scripts, emoji, markup, quotes, YAML look-alikes, control characters.</summary>
internal static class NastyText
{
    /// <summary>Fragments joined into nasty texts.</summary>
    public static readonly string[] Fragments =
    [
        "Karanganyar", "Desa Cerdas", "ꦏꦫꦁꦲꦚꦂ", "😀", "👨‍👩‍👧", "🇮🇩", "<b>tebal</b>", "**Markdown** _miring_", "\"kutip\"", "'tunggal'",
        "a: b", "# bukan komentar", "- bukan daftar", "yes", "no", "null", "~", "true", "123", "1.5", "0x1F", "2024-01-01", "&anchor",
        "*alias", "!tag", "|", ">", "%", "@", "`", "[x]", "{y}", ", ", "\n", "\n\n", "\r\n", "\t", "  ", " ", "\u00a0", "\u0001",
        "\u0085", "\u2028", "\ufeff", "\\", "é", "Ω", "中文", "---", "...", "?", "=", "<<", "Rp 1.250.000.000", "dan", "Pelayanan publik",
    ];

    /// <summary>A text of one to five fragments, possibly with leading and trailing spaces.</summary>
    public static string Any(Draw draw)
    {
        var parts = Draw.Many(draw.Int(1, 5), _ => draw.Pick(Fragments));
        var text = string.Concat(parts);
        if (draw.Chance(15))
        {
            text = "  " + text;
        }

        if (draw.Chance(15))
        {
            text += " ";
        }

        return text;
    }

    /// <summary>A nasty text that is not blank (for fields that must not be empty).</summary>
    public static string NotBlank(Draw draw)
    {
        var text = Any(draw);
        return string.IsNullOrWhiteSpace(text) ? "x" + text : text;
    }
}
