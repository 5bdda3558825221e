using System.CommandLine;

namespace Karsa.Cli.Commands;

/// <summary>
/// <c>karsa demo [--db ...]</c>: the main job on the sample, end to end: validate and store the
/// illustrative Karanganyar plan, list the stored plans, and plan its roadmap from the database. It only
/// runs the other commands in order, so it holds no logic of its own.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliContext context, Func<string[], Task<int>> run)
    {
        var db = CommonOptions.Database(context);
        var command = new Command("demo", context.T(
            "Contoh lengkap: simpan rencana contoh Karanganyar, susun dan adopsi peta jalannya, terbitkan, tampilkan daftar rencana",
            "End-to-end example: store the sample Karanganyar plan, plan and adopt its roadmap, publish it, list the plans"))
        { db };
        command.SetAction(async (parse, cancel) =>
        {
            var sample = FindSample();
            if (sample is null)
            {
                context.Error.WriteLine(context.T(
                    "Berkas contoh samples/karanganyar/masterplan.yaml tidak ditemukan; jalankan dari folder repositori.",
                    "The sample samples/karanganyar/masterplan.yaml was not found; run from the repository folder."));
                return ExitCodes.InvalidInput;
            }

            var lang = context.Language == Domain.Primitives.Language.English ? "en" : "id";
            string[] common = parse.GetValue(db) is { } database ? ["--db", database, "--lang", lang] : ["--lang", lang];
            foreach (var step in Steps(sample))
            {
                context.Out.WriteLine();
                context.Out.WriteLine("$ karsa " + string.Join(' ', step));
                var exit = await run([.. step, .. common]);
                if (exit != ExitCodes.Ok)
                {
                    return exit;
                }
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IEnumerable<string[]> Steps(string sample)
    {
        yield return ["import", sample];
        yield return ["roadmap", "33.13", "--adopt"];
        yield return ["publish", "33.13"];
        yield return ["plans"];
    }

    private static string? FindSample()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
            {
                var candidate = Path.Combine(folder.FullName, "samples", "karanganyar", "masterplan.yaml");
                if (File.Exists(candidate))
                {
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
                }
            }
        }

        return null;
    }
}
