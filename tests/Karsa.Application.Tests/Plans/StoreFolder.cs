using Karsa.Application.Plans;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;

namespace Karsa.Application.Tests.Plans;

/// <summary>A temporary folder with a SQLite plan store for the use-case tests: a plan imported into it, its newest stored version read back.</summary>
internal sealed class StoreFolder : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("karsa-store-").FullName;

    /// <summary>The database file.</summary>
    public string Db => Path.Combine(_folder, "karsa.db");

    /// <summary>Imports <paramref name="content"/> as a plan file; the stored version's token.</summary>
    public async Task<string> ImportAsync(MasterplanContent content)
    {
        var file = Path.Combine(_folder, "plan.yaml");
        await File.WriteAllTextAsync(file, PlanWriter.Write(content, PlanFormat.Yaml));
        var imported = await VersionUseCases.ImportAsync(file, Db);
        Assert.True(imported.Succeeded, imported.Error?.Message.English);
        return imported.Value.Outcome.Token;
    }

    /// <summary>The newest stored version of region 33.13.</summary>
    public async Task<StoredPlan> NewestAsync() => await (await PlanStore.OpenAsync(DatabaseLocation.Parse(Db))).LoadAsync(new RegionCode("33.13"));

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
