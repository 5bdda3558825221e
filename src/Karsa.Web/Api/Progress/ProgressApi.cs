using Karsa.Application.Access;
using Karsa.Application.Progress;
using Karsa.Storage.Progress;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api.Progress;

/// <summary>
/// Progress of a region's published plan: the overview, one programme's report (read and save),
/// evidence files (upload, download as an attachment), and the agency workbook (template and import).
/// Reporting asks <see cref="AccessPolicy.AllowsReportOn"/> per programme or agency (403 otherwise).
/// </summary>
internal static class ProgressApi
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var region = api.MapGroup("/regions/{region}").WithTags("Progress");
        region.MapGet("/progress", OverviewAsync).RequireAuthorization(nameof(Permission.ReadDrafts))
            .WithName("GetProgress").WithSummary("Progress of the newest published plan as of ?year= (default: this year): roll-up with its weighting rule, and each programme's schedule state. An agency reporter sees their agency's programmes only.");
        region.MapGet("/progress/public", PublicAsync).AllowAnonymous()
            .WithName("GetPublicProgress").WithSummary("Progress per dimension of the newest published plan as of ?year=; anyone may read it.");
        region.MapGet("/progress/programmes/{programme}/{year:int}", ReadAsync).RequireAuthorization(nameof(Permission.ReportProgress))
            .WithName("GetProgressReport").WithSummary("One programme's report for a year (null when none) with the planned money per source.");
        region.MapPut("/progress/programmes/{programme}/{year:int}", SaveAsync).RequireAuthorization(nameof(Permission.ReportProgress))
            .WithName("PutProgressReport").WithSummary("Saves one programme's report for a year whole; 'revision' is the one read (0: none). 403 for another agency's programme, 409 when it changed since, 422 with the field of each problem.");
        region.MapPost("/progress/programmes/{programme}/{year:int}/evidence", UploadAsync).RequireAuthorization(nameof(Permission.ReportProgress)).DisableAntiforgery()
            .WithName("UploadEvidence").WithSummary("Attaches an evidence file (multipart field 'file': PDF, PNG, JPEG, WebP, DOCX, XLSX, PPTX, ODT, ODS; at most 10 MiB; checked by its first bytes).");
        region.MapGet("/evidence/{id}", DownloadAsync).RequireAuthorization(nameof(Permission.ReadDrafts))
            .WithName("DownloadEvidence").WithSummary("An evidence file, always as an attachment with its stored content type (never HTML).");
        region.MapGet("/progress/settings", ProgressSettingsApi.ReadAsync).RequireAuthorization(nameof(Permission.ReadDrafts))
            .WithName("GetProgressSettings").WithSummary("The region's status list (key, name, default percent, meaning) and weighting rule ('planned-cost' or 'set-weights' with weights per programme), with its revision.");
        region.MapPut("/progress/settings", ProgressSettingsApi.SaveAsync).RequireAuthorization(nameof(Permission.ConfigureProgress))
            .WithName("PutProgressSettings").WithSummary("Replaces the region's progress settings; 'revision' is the one read. 409 when they changed since; 422 with the field of each problem (KRS169: a status stored reports still use cannot be dropped).");
        region.MapGet("/progress/template", TemplateAsync).RequireAuthorization(nameof(Permission.ReportProgress))
            .WithName("GetProgressTemplate").WithSummary("The XLSX workbook for ?agency= and ?year= to fill offline.");
        region.MapPost("/progress/import", ImportAsync).RequireAuthorization(nameof(Permission.ReportProgress)).DisableAntiforgery()
            .WithName("ImportProgressWorkbook").WithSummary("Imports a filled workbook (multipart field 'file') for ?agency= and ?year=: all or nothing; 422 lists each problem with its sheet, row and column.");
    }

    private static async Task<IResult> OverviewAsync(string region, int? year, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await ProgressUseCases.OverviewAsync(options.Value.Database, ClaimsActor.Of(http), region, year ?? DateTime.UtcNow.Year, cancellationToken);
        return result.Succeeded ? Results.Ok(ProgressResource.Of(result.Value)) : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> PublicAsync(string region, int? year, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await ProgressUseCases.PublicAsync(options.Value.Database, region, year, cancellationToken);
        return result.Succeeded
            ? Results.Ok(new
            {
                result.Value.Version,
                Year = result.Value.Year.Value,
                Plan = result.Value.Plan,
                Rule = Localization.Say.T(result.Value.Rule),
                Dimensions = result.Value.Dimensions.Select(d => new { Dimension = Domain.Catalogue.Dimensions.Key(d.Dimension), d.Percent })
            })
            : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> ReadAsync(string region, string programme, int year, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var result = await ProgressReporting.FormAsync(options.Value.Database, ClaimsActor.Of(http), region, programme, year, cancellationToken);
        return result.Succeeded
            ? Results.Ok(new
            {
                Programme = result.Value.Code.Value,
                Version = result.Value.Version,
                Year = result.Value.Year.Value,
                result.Value.Agency,
                Planned = result.Value.Planned.ToDictionary(p => p.Source.Source.Key, p => p.Planned.Value),
                Report = ProgressReportBody.Of(result.Value.Current),
                Evidence = result.Value.Evidence.Select(e => new { e.Id, e.FileName, e.ContentType, e.Bytes, Href = $"/api/v1/regions/{region}/evidence/{e.Id}" }),
            })
            : ApiProblems.From(result.Error);
    }

    private static async Task<IResult> SaveAsync(string region, string programme, int year, ProgressReportBody body, HttpContext http, IOptions<KarsaWebOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        var saved = await ProgressReporting.ReportAsync(options.Value.Database, ClaimsActor.Of(http), region, programme, year, body.Input(), clock.GetUtcNow(), cancellationToken);
        if (!saved.Succeeded)
        {
            return ApiProblems.FromBodyRevision(saved.Error);
        }

        return Results.Ok(new { saved.Value.Changed, saved.Value.Revision });
    }

    private static async Task<IResult> UploadAsync(string region, string programme, int year, IFormFile file, HttpContext http, IOptions<KarsaWebOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var uploaded = await EvidenceUseCases.UploadAsync(options.Value.Database, ClaimsActor.Of(http), region, programme, year, file.FileName, stream, clock.GetUtcNow(), cancellationToken);
        return uploaded.Succeeded
            ? Results.Created($"/api/v1/regions/{region}/evidence/{uploaded.Value.Id}", new { uploaded.Value.Id, uploaded.Value.FileName, uploaded.Value.ContentType, uploaded.Value.Size })
            : ApiProblems.From(uploaded.Error);
    }

    private static async Task<IResult> DownloadAsync(string region, string id, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var found = await EvidenceUseCases.DownloadAsync(options.Value.Database, region, id, cancellationToken);
        return found.Succeeded ? EvidenceFile(found.Value) : ApiProblems.From(found.Error);
    }

    /// <summary>An evidence file as an attachment (Content-Disposition: attachment; nosniff is set on every answer).</summary>
    public static IResult EvidenceFile(EvidenceDownload download) =>
        Results.File(download.Content, download.ContentType, download.FileName, enableRangeProcessing: false);

    private static async Task<IResult> TemplateAsync(string region, string agency, int year, HttpContext http, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var template = await ProgressSheets.TemplateAsync(options.Value.Database, ClaimsActor.Of(http), region, agency, year, Localization.Say.Language, cancellationToken);
        return template.Succeeded ? Results.File(template.Value.Content, Xlsx, template.Value.FileName) : ApiProblems.From(template.Error);
    }

    private static async Task<IResult> ImportAsync(string region, string agency, int year, IFormFile file, HttpContext http, IOptions<KarsaWebOptions> options,
        TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var stream = file.OpenReadStream();
        var imported = await ProgressSheets.ImportAsync(options.Value.Database, ClaimsActor.Of(http), region, agency, year, stream, clock.GetUtcNow(), cancellationToken);
        if (!imported.Succeeded)
        {
            return ApiProblems.From(imported.Error);
        }

        return imported.Value.Outcome is { } outcome
            ? Results.Ok(outcome)
            : Results.UnprocessableEntity(new SheetProblemsResource([.. imported.Value.Problems.Select(SheetProblemResource.Of)]));
    }
}
