using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Domain.Edits;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;
using Karsa.Testing;

namespace Karsa.Application.Tests.Plans;

public sealed class VersionUseCaseTests : IDisposable
{
    private readonly StoreFolder _store = new();

    private string Db => _store.Db;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task An_edit_based_on_a_stale_token_is_a_conflict_and_stores_nothing()
    {
        var token = await _store.ImportAsync(SamplePlans.Adopted());
        var first = await VersionUseCases.EditDraftAsync("33.13", token, [new SetVision(new LocalizedText("Satu"))], Db, "ana");
        var stale = await VersionUseCases.EditDraftAsync("33.13", token, [new SetVision(new LocalizedText("Dua"))], Db, "budi");

        Assert.True(first.Succeeded, first.Error?.Message.English);
        Assert.Equal(FailureKind.Conflict, stale.Error!.Kind);
        Assert.Contains("ana", stale.Error.Message.English, StringComparison.Ordinal);
        var stored = await _store.NewestAsync();
        Assert.Equal("Satu", stored.Plan.Content.Vision!.Indonesian);
    }

    [Fact]
    public async Task A_published_version_refuses_edits_and_a_new_draft_starts_from_it()
    {
        var token = await _store.ImportAsync(SamplePlans.Adopted());
        var published = await VersionUseCases.PublishAsync("33.13", null, Db);
        var refused = await VersionUseCases.EditDraftAsync("33.13", published.Value!.Stored.Summary.Token, [new SetVision(new LocalizedText("Baru"))], Db);
        var draft = await VersionUseCases.StartDraftAsync("33.13", Db);
        var edited = await VersionUseCases.EditDraftAsync("33.13", draft.Value!.Token, [new SetVision(new LocalizedText("Baru"))], Db);

        Assert.NotEqual(token, published.Value.Stored.Summary.Token);
        Assert.Equal("KRS058", Assert.Single(refused.Error!.Diagnostics).Code);
        Assert.Equal((SaveKind.NewDraftVersion, 2), (draft.Value.Kind, draft.Value.Version));
        Assert.True(edited.Succeeded, edited.Error?.Message.English);
        Assert.Equal(2, edited.Value.Outcome.Version);
    }

    [Fact]
    public async Task Publishing_without_an_adopted_roadmap_is_refused_with_its_diagnostic_and_an_edit_error_names_its_field()
    {
        await _store.ImportAsync(SamplePlans.Minimal());
        var refused = await VersionUseCases.PublishAsync("33.13", null, Db);
        var token = (await _store.NewestAsync()).Summary.Token;
        var badEdit = await VersionUseCases.EditDraftAsync("33.13", token, [new SetCeiling(new FiscalYear(2040), Domain.Programmes.FundingSource.Apbd, new Rupiah(1))], Db);
        var badRegion = await VersionUseCases.PublishAsync("33.1", null, Db);

        Assert.Equal("KRS060", Assert.Single(refused.Error!.Diagnostics).Code);
        Assert.Equal(("KRS050", "budget.2040"), (badEdit.Error!.Diagnostics[0].Code, badEdit.Error.Diagnostics[0].Path));
        Assert.Equal(FailureKind.InvalidInput, badRegion.Error!.Kind);
    }
}
