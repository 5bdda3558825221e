using Karsa.Documents.Model;
using Karsa.Documents.Text;
using Karsa.Domain.Primitives;

namespace Karsa.Documents.Building;

/// <summary>
/// Buku II: change management and community building: mindset and behaviour, co-creation, and the
/// roles of government, citizens and communities from the plan's <c>sections.change</c>.
/// </summary>
internal static class ChangeChapter
{
    public static Chapter Build(BookContext c, int number)
    {
        var w = c.W;
        var change = c.Content.Sections.Change;
        return SectionedChapter.Build(c, number, w.T("Manajemen Perubahan dan Pembangunan Komunitas", "Change Management and Community Building"),
        [
            SectionPart.Of(w, w.T("Perubahan Pola Pikir dan Perilaku", "Change of Mindset and Behaviour"), change?.Mindset),
            SectionPart.Of(w, w.T("Ko-kreasi bersama Warga", "Co-creation with Citizens"), change?.CoCreation),
            new(w.T("Peran Pemerintah, Warga dan Komunitas", "Roles of Government, Citizens and Communities"), Roles(w, change)),
        ]).Build();
    }

    /// <summary>A sub-heading and text per role given, a marked note on those missing; null when none is given.</summary>
    private static List<Block>? Roles(Wording w, Domain.Plans.ChangeManagement? change)
    {
        IReadOnlyList<(string Who, LocalizedText? Role)> roles =
        [
            (w.T("Pemerintah", "Government"), change?.GovernmentRole),
            (w.T("Warga", "Citizens"), change?.CitizenRole),
            (w.T("Komunitas dan LSM", "Communities and NGOs"), change?.CommunityRole),
        ];
        if (roles.All(r => r.Role is null))
        {
            return null;
        }

        var blocks = new List<Block>();
        foreach (var (who, role) in roles.Where(r => r.Role is not null))
        {
            blocks.Add(new Subheading(who, 1));
            blocks.AddRange(MarkdownBlocks.Parse(w.Of(role!)));
        }

        var missing = roles.Where(r => r.Role is null).Select(r => r.Who).ToList();
        if (missing.Count > 0)
        {
            blocks.Add(TemplateNote.Paragraph(w, w.T($"Peran berikut belum diuraikan: {string.Join("; ", missing)}.", $"These roles are not described yet: {string.Join("; ", missing)}.")));
        }

        return blocks;
    }
}
