using Karsa.Domain.Catalogue;
using Karsa.Domain.Diagnostics;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;

namespace Karsa.Domain.Tests;

public sealed class OutOfRangeLanguageTests
{
    private static Diagnostic Refusal(Action make) => Assert.Single(Assert.Throws<DomainException>(make).Problems);

    [Fact]
    public void A_duration_off_its_range_is_named_in_the_words_of_each_language()
    {
        var problem = Refusal(() => _ = new Programme(new ProgrammeCode("P-1"), "Program", Dimension.Governance, new ElementCode("public-service"),
            new AgencyCode("DISKOMINFO"), 0, default));

        Assert.Equal("KRS016", problem.Code);
        Assert.StartsWith("durasi = 0 di luar rentang 1..30", problem.Message.Indonesian, StringComparison.Ordinal);
        Assert.DoesNotContain("duration", problem.Message.Indonesian + problem.Hint!.Indonesian, StringComparison.Ordinal);
        Assert.StartsWith("duration = 0 is outside 1..30", problem.Message.In(Language.English), StringComparison.Ordinal);
        Assert.DoesNotContain("durasi", problem.Message.In(Language.English) + problem.Hint.In(Language.English), StringComparison.Ordinal);
    }

    [Fact]
    public void A_range_in_words_is_given_in_each_language()
    {
        var problem = Refusal(() => _ = new ScoreScale(5, 1));

        Assert.Contains("min < maks", problem.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains("skala", problem.Message.Indonesian, StringComparison.Ordinal);
        Assert.Contains("min < max", problem.Message.In(Language.English), StringComparison.Ordinal);
        Assert.Contains("scale", problem.Message.In(Language.English), StringComparison.Ordinal);
    }
}
