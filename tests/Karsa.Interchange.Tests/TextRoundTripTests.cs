using CsCheck;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

/// <summary>Any text, in every place text goes, reads back exactly as written.</summary>
public class TextRoundTripTests
{
    public static TheoryData<string> HardTexts => new(
        "yes", "No", "~", "null", "true", "123", "-1.5e3", "0x1F", ".inf", "2024-01-01", "1:20", "=", "<<", "&a", "*a", "!t", "|", ">", "%x",
        "@x", "`x`", "- item", "? key", "[a]", "{a}", "a, b", "a: b", "a #b", "#b", "'q'", "\"q\"", "back\\slash", " lead", "trail ",
        "tab\tin", "\ttab", "cr\rlf", "crlf\r\n", "nel\u0085", "bom\ufeff", "nbsp\u00a0", "ctrl\u0001\u001f\u007f", "ꦏꦫꦁꦲꦚꦂ", "😀👨‍👩‍👧🇮🇩",
        "<b>markup</b>", "**md** _md_", "a\nb", "a\nb\n", "a\n\n", "\na", "  indented\nlines", "a\n  b\n", "a\n \nb", "a\n\tb", "---", "...",
        "x\n---\ny", "line \nwith trailing space ", "a *b", "Desa  *alias ꦏꦫꦁ");

    [Theory]
    [MemberData(nameof(HardTexts))]
    public void A_hard_text_survives_yaml_and_json_in_every_kind_of_place(string text)
    {
        var plan = WithText(text);

        foreach (var format in new[] { PlanFormat.Yaml, PlanFormat.Json })
        {
            var written = PlanWriter.Write(plan, format);
            var read = PlanReader.Read(written, format, "text");
            Assert.True(read.Succeeded, Reading.Describe(read) + "\n" + written);
            Assert.Equal(plan, read.Plan!.Content);
        }
    }

    [Fact]
    public void Random_hard_texts_survive_too() =>
        PlanGenerators.Text.Sample(text =>
        {
            var plan = WithText(text);
            Assert.Equal(plan, PlanReader.Read(PlanWriter.Write(plan, PlanFormat.Yaml), PlanFormat.Yaml, "text").Plan?.Content);
        }, iter: 500, threads: 1);

    private static MasterplanContent WithText(string text)
    {
        var nonBlank = string.IsNullOrWhiteSpace(text) ? "x" + text : text;
        return SamplePlans.Minimal() with
        {
            Title = new LocalizedText(nonBlank, text),
            Vision = new LocalizedText(nonBlank),
            Missions = new[] { new LocalizedText(nonBlank) },
            Narratives = new[] { new NarrativeSection(nonBlank, new LocalizedText(nonBlank)) },
            Strategies = new[] { new Strategy(Domain.Catalogue.Dimension.Living, new LocalizedText(nonBlank, text), text) },
        };
    }
}
