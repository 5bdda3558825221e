using Karsa.Domain.Primitives;
using Karsa.Interchange;
using Karsa.Storage;
using Microsoft.Data.Sqlite;

namespace Karsa.Cli.Tests;

public sealed class KilledImportTests
{
    [Fact]
    public async Task An_import_killed_before_commit_leaves_the_database_as_it_was()
    {
        using var folder = new TempFolder();
        var db = folder.File("karsa.db");
        var marker = folder.File("paused");
        var sample = PlanReader.ReadFile(CliRunner.SamplePlan).Plan!;
        var region = sample.Content.Region.Code;
        Assert.Equal(ExitCodes.Ok, (await CliRunner.RunAsync("import", CliRunner.SamplePlan, "--db", db)).Exit);
        var before = PlanWriter.Write((await (await PlanStore.OpenAsync(DatabaseLocation.Parse(db))).LoadAsync(region)).Plan, PlanFormat.Json);

        var edited = folder.File("edited.yaml");
        await File.WriteAllTextAsync(edited, PlanWriter.Write(sample.Content with { Title = new LocalizedText("Judul yang tak pernah tersimpan") }, PlanFormat.Yaml));
        // A startup hook of the tests (no seam in Karsa itself) pauses the real import at its commit.
        var pause = new Dictionary<string, string>
        {
            ["DOTNET_STARTUP_HOOKS"] = Path.Combine(AppContext.BaseDirectory, "Karsa.Testing.PauseBeforeCommit.dll"),
            ["KARSA_TEST_PAUSE_BEFORE_COMMIT"] = marker,
        };
        using (var import = CliRunner.Start(pause, "import", edited, "--db", db))
        {
            var waited = 0;
            while (!File.Exists(marker) && !import.HasExited && waited++ < 600)
            {
                await Task.Delay(100);
            }

            if (!File.Exists(marker))
            {
                Assert.Fail("the import never reached its commit: " + await import.StandardError.ReadToEndAsync());
            }

            import.Kill(entireProcessTree: true);
            await import.WaitForExitAsync();
        }

        var store = await PlanStore.OpenAsync(DatabaseLocation.Parse(db));
        var after = PlanWriter.Write((await store.LoadAsync(region)).Plan, PlanFormat.Json);
        Assert.Equal(before, after);
        Assert.Single(await store.ListAsync());
        await using var connection = new SqliteConnection($"Data Source={db};Pooling=False");
        await connection.OpenAsync();
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        Assert.Equal("ok", (string?)await check.ExecuteScalarAsync());
    }
}
