using CsCheck;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Testing;

namespace Karsa.Interchange.Tests;

public class RoundTripProperties
{
    private const int Plans = 300;

    [Theory]
    [InlineData(PlanFormat.Yaml)]
    [InlineData(PlanFormat.Json)]
    public void Write_then_read_gives_an_equal_plan_and_rewriting_is_byte_stable(PlanFormat format) =>
        PlanGenerators.Plan.Sample(plan => RoundTrips(plan, format), iter: Plans, threads: 1);

    private static void RoundTrips(MasterplanContent plan, PlanFormat format)
    {
        var text = PlanWriter.Write(plan, format);
        var read = PlanReader.Read(text, format, "plan");
        Assert.True(read.Succeeded, string.Join("\n", read.Errors.Select(e => e.Format(Language.English))) + "\n" + text);
        Assert.Equal(plan, read.Plan!.Content);
        Assert.Equal(text, PlanWriter.Write(read.Plan, format));
    }
}
