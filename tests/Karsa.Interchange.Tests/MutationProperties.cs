using CsCheck;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

/// <summary>Damaged plan files never make the reader throw, and every problem it reports has a position.</summary>
public class MutationProperties
{
    private static readonly string[] Insertions = ["\n", " ", ":", "- ", "{", "}", "[", "]", ",", "\"", "'", "&a ", "*a", "!!int ", "|", "#", "\t", "-1", "1.5", "null", "😀", "\\u", "\\"];

    [Theory]
    [InlineData(PlanFormat.Yaml)]
    [InlineData(PlanFormat.Json)]
    public void Damaged_files_give_positioned_diagnostics_and_never_throw(PlanFormat format)
    {
        var damaged =
            from size in Gen.Int[0, 3]
            from seed in Gen.ULong
            from edits in Gen.Select(Gen.Double[0, 1], Gen.Int[0, 3], Gen.Int[0, Insertions.Length - 1]).Array[1, 4]
            select Damage(PlanWriter.Write(PlanGenerators.FromSeed(seed, size), format), edits);

        damaged.Sample(text =>
        {
            var result = PlanReader.Read(text, format, "damaged");
            Assert.All(result.Diagnostics, d => Assert.NotNull(d.Location));
            Assert.Equal(result.Succeeded, !result.Errors.Any());
        }, iter: 400, threads: 1);
    }

    private static string Damage(string text, (double At, int Kind, int Insertion)[] edits)
    {
        foreach (var (at, kind, insertion) in edits)
        {
            var i = (int)(at * text.Length);
            text = kind switch
            {
                0 => text.Remove(i, Math.Min(3, text.Length - i)),
                1 => text.Insert(i, Insertions[insertion]),
                2 => text.Insert(i, text[i..Math.Min(text.Length, i + 20)]),
                _ => text[..i],
            };
        }

        return text;
    }
}
