using Karsa.Domain.Diagnostics;
using Karsa.Domain.Indicators;
using Karsa.Domain.Primitives;
using Karsa.Interchange.Indicators;
using Karsa.Monitoring.Indicators;
using Karsa.Storage.Monitoring;

namespace Karsa.Storage.Tests.Monitoring;

public class RegionObservationTests
{
    private static RegionObservation Make(string code = "IND-1", string source = "BPS", string? evidence = null) =>
        new(new RegionCode("33.13"), IndicatorFramework.Local, code, ObservationPeriod.Year(2025), 1m, source, evidence);

    [Theory]
    [InlineData("", "BPS", null, "KRS007", "code")]
    [InlineData("IND-1", "  ", null, "KRS007", "source")]
    [InlineData("IND-1", "BPS", " ", "KRS007", "evidence")]
    public void Empty_texts_are_refused_at_their_field(string code, string source, string? evidence, string expected, string path)
    {
        var refused = Assert.Throws<DomainException>(() => Make(code, source, evidence));

        Assert.Equal((expected, path), (refused.Problems[0].Code, refused.Problems[0].Path));
    }

    [Fact]
    public void Texts_longer_than_their_column_are_refused_and_the_longest_fit()
    {
        var longest = Make(new string('c', ObservationsCsv.MaxCodeLength), new string('s', ObservationsCsv.MaxSourceLength), new string('e', ObservationsCsv.MaxEvidenceLength));

        var refused = Assert.Throws<DomainException>(() => Make(source: new string('s', ObservationsCsv.MaxSourceLength + 1)));

        Assert.Equal(ObservationsCsv.MaxSourceLength, longest.Source.Length);
        Assert.Equal(("KRS129", "source"), (refused.Problems[0].Code, refused.Problems[0].Path));
    }
}
