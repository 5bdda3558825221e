using System.Text.Json;
using CsCheck;
using Karsa.Application.Versions;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Versions;
using Karsa.Testing;

namespace Karsa.Application.Tests.Versions;

public sealed class ComparisonWordingTests
{
    private static readonly VersionComparison Story = VersionComparison.Of(VersionPairs.Older() with { State = PlanState.Published }, VersionPairs.Newer(), 1, 2);

    [Fact]
    public void The_story_reads_as_a_person_writes_it_in_Indonesian()
    {
        var text = ComparisonText.Render(Story, Language.Indonesian);

        Assert.StartsWith("Perubahan Kabupaten Karanganyar (33.13): versi 1 (terbit) → versi 2 (draf)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nProgram\n  - Program LIV-04 «Puskesmas Keliling»: mulai paling awal 2024 → 2026; biaya APBD 2026 Rp 1.250.000.000 → Rp 1.500.000.000 (+Rp 250.000.000)\n",
            text, StringComparison.Ordinal);
        Assert.Contains("  - Program ECO-03 «Pasar Digital» dihapus (biaya total Rp 300.000.000)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nPagu anggaran\n  - Tahun 2026: pagu APBD Rp 2.000.000.000 → Rp 1.500.000.000 (-Rp 500.000.000)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nUmum: tidak ada perubahan\nVisi dan misi: tidak ada perubahan\n", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("\nProgram\n", StringComparison.Ordinal) < text.IndexOf("\nPagu anggaran\n", StringComparison.Ordinal), "sections follow the plan's order");
    }

    [Fact]
    public void The_story_reads_in_English_with_money_in_Indonesian_form()
    {
        var text = ComparisonText.Render(Story, Language.English);

        Assert.StartsWith("Changes to Kabupaten Karanganyar (33.13): version 1 (published) → version 2 (draft)\n", text, StringComparison.Ordinal);
        Assert.Contains("  - Programme LIV-04 «Mobile clinics»: earliest start 2024 → 2026; cost APBD 2026 Rp 1.250.000.000 → Rp 1.500.000.000 (+Rp 250.000.000)\n",
            text, StringComparison.Ordinal);
        Assert.Contains("  - Programme ECO-03 «Digital market» removed (total cost Rp 300.000.000)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nBudget ceilings\n  - Year 2026: ceiling APBD Rp 2.000.000.000 → Rp 1.500.000.000 (-Rp 500.000.000)\n", text, StringComparison.Ordinal);
        Assert.Contains("\nVision and missions: no changes\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Identical_versions_say_so_in_both_languages()
    {
        var same = VersionComparison.Of(VersionPairs.Older(), VersionPairs.Older(), 1, 1);

        Assert.EndsWith("\nTidak ada perubahan: isi kedua versi sama.\n", ComparisonText.Render(same, Language.Indonesian), StringComparison.Ordinal);
        Assert.EndsWith("\nNo changes: both versions say the same.\n", ComparisonText.Render(same, Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void Missions_paragraphs_memberships_and_flags_read_naturally()
    {
        var older = VersionPairs.Older();
        var clinic = VersionPairs.MobileClinic(2024, 1_250_000_000, mandatory: true);
        var newer = older with
        {
            Missions = [older.Missions[0], new LocalizedText("Ekonomi inklusif", "Inclusive economy"), older.Missions[1]],
            Narratives = [new NarrativeSection("background", new LocalizedText("Paragraf satu.\n\nParagraf dua, diperbarui.\n\nParagraf tiga.", "One.\n\nTwo.\n\nThree."))],
            Programmes = [older.Programmes[0], clinic, older.Programmes[2]],
        };
        var comparison = VersionComparison.Of(older, newer, 1, 2);

        var id = ComparisonText.Render(comparison, Language.Indonesian);
        var en = ComparisonText.Render(comparison, Language.English);

        Assert.Contains("  - Misi 2 ditambahkan: «Ekonomi inklusif»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Mission 2 added: «Inclusive economy»\n", en, StringComparison.Ordinal);
        Assert.Contains("  - Bagian background: paragraf 2 «Paragraf dua.» → «Paragraf dua, diperbarui.»\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Program LIV-04 «Puskesmas Keliling»: wajib tidak → ya\n", id, StringComparison.Ordinal);
        Assert.Contains("  - Programme LIV-04 «Mobile clinics»: mandatory no → yes\n", en, StringComparison.Ordinal);
    }

    [Fact]
    public void The_json_document_has_stable_keys_typed_values_and_the_sentences()
    {
        using var json = JsonDocument.Parse(ComparisonDocument.From(Story, Language.English).ToJson());
        var root = json.RootElement;

        Assert.Equal("33.13", root.GetProperty("region").GetString());
        Assert.Equal("published", root.GetProperty("older").GetProperty("state").GetString());
        Assert.Equal(2, root.GetProperty("newer").GetProperty("version").GetInt32());
        var ceilings = root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "ceilings");
        var field = ceilings.GetProperty("items")[0].GetProperty("fields")[0];
        Assert.Equal("budget.2026.apbd", field.GetProperty("path").GetString());
        Assert.Equal("apbd", field.GetProperty("source").GetString());
        Assert.Equal("money", field.GetProperty("new").GetProperty("type").GetString());
        Assert.Equal(1_500_000_000L, field.GetProperty("new").GetProperty("value").GetInt64());
        Assert.Equal("ceiling APBD Rp 2.000.000.000 → Rp 1.500.000.000 (-Rp 500.000.000)", field.GetProperty("text").GetString());
        var programmes = root.GetProperty("sections").EnumerateArray().Single(s => s.GetProperty("key").GetString() == "programmes");
        Assert.Equal("removed", programmes.GetProperty("items")[1].GetProperty("change").GetString());
        Assert.Equal("Pasar Digital", programmes.GetProperty("items")[1].GetProperty("name").GetProperty("id").GetString());
    }

    [Fact]
    public void Every_section_subject_and_field_a_comparison_produces_has_words_and_renders_in_both_languages()
    {
        Gen.Select(PlanGenerators.Plan, PlanGenerators.Plan).Sample((a, b) =>
        {
            var comparison = PlanComparison.Compare(a, b);
            var versions = VersionComparison.Of(a, b, 1, 2);
            foreach (var language in new[] { Language.Indonesian, Language.English })
            {
                var text = ComparisonText.Render(versions, language);
                using var json = JsonDocument.Parse(ComparisonDocument.From(versions, language).ToJson());
                Assert.Equal(comparison.Sections.Count(s => !s.IsUnchanged), json.RootElement.GetProperty("sections").EnumerateArray().Count(s => s.GetProperty("changed").GetBoolean()));
                Assert.Equal(comparison.Sections.Sum(s => s.Items.Count), text.Split('\n').Count(l => l.StartsWith("  - ", StringComparison.Ordinal)));
            }

            return comparison.Sections.All(s => ChangeLabels.Knows(section: s.Section)
                && s.Items.All(i => ChangeLabels.Knows(subject: i.Subject) && i.Fields.All(f => ChangeLabels.Knows(field: f.Field))));
        });
    }
}
