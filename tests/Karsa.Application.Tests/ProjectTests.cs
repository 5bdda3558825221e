namespace Karsa.Application.Tests;

public sealed class ProjectTests
{
    [Fact]
    public void Progress_report_keeps_both_languages()
    {
        var report = new UseCaseProgress("solving", new Domain.Primitives.LocalizedText("Menyusun", "Solving"), 0.5);
        Assert.Equal("Solving", report.Message.In(Domain.Primitives.Language.English));
    }
}
