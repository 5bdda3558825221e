using Karsa.Application.Books;
using Karsa.Documents;
using Karsa.Domain.Plans;
using Karsa.Storage;
using Karsa.Testing;

namespace Karsa.Application.Tests.Books;

public sealed class RenderBookTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("karsa-book-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData(BookFormat.Docx)]
    [InlineData(BookFormat.Html)]
    public async Task A_published_plan_gives_the_same_book_bytes_on_every_run_from_its_adopted_roadmap(BookFormat format)
    {
        var db = Path.Combine(_folder, "karsa.db");
        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(db));
        await store.SaveAsync(Masterplan.Create(SamplePlans.Adopted()));
        await store.PublishAsync(new("33.13"));

        var first = await RenderBook.RunAsync(Request(db, format, "first"));
        await Task.Delay(2100); // let the clock move past a zip timestamp's two-second resolution
        var second = await RenderBook.RunAsync(Request(db, format, "second"));

        Assert.True(first.Succeeded && second.Succeeded, first.Error?.Message.English ?? second.Error?.Message.English);
        Assert.True(first.Value.FromAdoption && second.Value.FromAdoption);
        Assert.Equal(await File.ReadAllBytesAsync(first.Value.Path), await File.ReadAllBytesAsync(second.Value.Path));
    }

    [Fact]
    public async Task A_draft_is_planned_and_an_unknown_region_is_not_found()
    {
        var db = Path.Combine(_folder, "karsa.db");
        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(db));
        await store.SaveAsync(Masterplan.Create(SamplePlans.Minimal()));

        var draft = await RenderBook.RunAsync(Request(db, BookFormat.Html, "draft"));
        var missing = await RenderBook.RunAsync(Request(db, BookFormat.Html, "missing") with { Source = "33.99" });

        Assert.True(draft.Succeeded, draft.Error?.Message.English);
        Assert.False(draft.Value.FromAdoption);
        Assert.Equal(Common.FailureKind.NotFound, missing.Error!.Kind);
    }

    private BookRequest Request(string db, BookFormat format, string name) => new()
    {
        Source = "33.13",
        Database = db,
        Format = format,
        OutputPath = Path.Combine(_folder, $"{name}.{format.ToString().ToLowerInvariant()}"),
        TimeLimit = TimeSpan.FromSeconds(30),
    };
}
