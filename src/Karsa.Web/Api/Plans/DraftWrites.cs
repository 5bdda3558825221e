using System.Text.Json.Nodes;
using Karsa.Application.Common;
using Karsa.Application.Plans;
using Karsa.Interchange;
using Karsa.Storage;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api.Plans;

/// <summary>
/// The writing endpoints of a region's draft: store a whole plan file, apply edits, put or delete a
/// programme, start a new draft, import an upload, publish. Every change names the version it is
/// based on (<c>If-Match</c>), and none can change a published version.
/// </summary>
internal static class DraftWrites
{
    /// <summary>PUT draft: the body (JSON or YAML) becomes the draft.</summary>
    public static async Task<IResult> PutDraftAsync(HttpContext http, string region, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        if (PlanMedia.Sent(http.Request.ContentType) is not { } format)
        {
            return PlanMedia.Unsupported();
        }

        var upload = await PlanMedia.ReadAsync(http.Request.Body, format == PlanFormat.Yaml ? "draft.yaml" : "draft.json", format, cancellationToken)
            .ConfigureAwait(false);
        return upload is null ? PlanMedia.TooLarge() : await SaveAsync(http, region, upload, options.Value.Database, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POST import: a multipart upload of a plan file (field <c>file</c>) becomes the draft.</summary>
    public static async Task<IResult> ImportAsync(HttpContext http, string region, IFormFile file, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken)
    {
        if (PlanFormats.FromPath(file.FileName) is not { } format)
        {
            return PlanMedia.Unsupported();
        }

        await using var stream = file.OpenReadStream();
        var upload = await PlanMedia.ReadAsync(stream, Path.GetFileName(file.FileName), format, cancellationToken).ConfigureAwait(false);
        return upload is null ? PlanMedia.TooLarge() : await SaveAsync(http, region, upload, options.Value.Database, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>POST draft/edits: a list of edits applied to the draft, all or none.</summary>
    public static Task<IResult> EditAsync(HttpContext http, string region, DocumentEdit[] edits, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken) =>
        ApplyAsync(http, region, edits, options.Value.Database, cancellationToken);

    /// <summary>PUT draft/programmes/{code}: creates or replaces one programme.</summary>
    public static Task<IResult> PutProgrammeAsync(HttpContext http, string region, string code, JsonObject programme, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken)
    {
        if (programme["code"] is { } named && (named is not JsonValue value || !value.TryGetValue<string>(out var text) || text != code))
        {
            return Task.FromResult(ApiProblems.Of(StatusCodes.Status422UnprocessableEntity,
                $"Kode program di badan permintaan harus {code}, sama dengan alamatnya.", $"The programme's code in the body must be {code}, as in its address."));
        }

        return ApplyAsync(http, region, [new DocumentEdit("set", $"programmes[{code}]", programme)], options.Value.Database, cancellationToken);
    }

    /// <summary>DELETE draft/programmes/{code}: removes one programme.</summary>
    public static Task<IResult> DeleteProgrammeAsync(HttpContext http, string region, string code, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken) =>
        ApplyAsync(http, region, [new DocumentEdit("remove", $"programmes[{code}]")], options.Value.Database, cancellationToken);

    /// <summary>POST drafts: a new draft from the newest published version (or the draft that exists).</summary>
    public static async Task<IResult> StartDraftAsync(HttpContext http, string region, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var started = await VersionUseCases.StartDraftAsync(region, options.Value.Database, ClaimsActor.Of(http)?.Name, cancellationToken).ConfigureAwait(false);
        return started.Succeeded ? Saved(http, region, started.Value, started.Warnings) : ApiProblems.From(started.Error);
    }

    /// <summary>POST versions/{version}/publish: publishes the version the caller has seen.</summary>
    public static async Task<IResult> PublishAsync(HttpContext http, string region, int version, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken)
    {
        if (Preconditions.RequiredIfMatch(http, out var refusal) is not { } basedOn)
        {
            return refusal!;
        }

        var published = await RegionVersions.PublishAsync(region, version, basedOn, options.Value.Database, ClaimsActor.Of(http)?.Name, cancellationToken)
            .ConfigureAwait(false);
        if (!published.Succeeded)
        {
            return ApiProblems.From(published.Error);
        }

        http.SetETag(published.Value.Stored.Summary.Token);
        return Results.Ok(new PublishAnswer(published.Value.AlreadyPublished, VersionItem.Of(published.Value.Stored.Summary)));
    }

    private static async Task<IResult> SaveAsync(HttpContext http, string region, PlanUpload upload, string database, CancellationToken cancellationToken)
    {
        if (Preconditions.RequiredIfMatchOrNone(http, out var refusal) is not { } basedOn)
        {
            return refusal!;
        }

        if (!Failures.TryRegion(region, out var code, out var error))
        {
            return ApiProblems.From(error!);
        }

        var saved = await UploadUseCases.ImportAsync(code, upload, database, ClaimsActor.Of(http)?.Name, basedOn, cancellationToken).ConfigureAwait(false);
        return saved.Succeeded ? Saved(http, region, saved.Value.Outcome, saved.Warnings) : ApiProblems.From(saved.Error);
    }

    private static async Task<IResult> ApplyAsync(HttpContext http, string region, IReadOnlyList<DocumentEdit> edits, string database,
        CancellationToken cancellationToken)
    {
        if (Preconditions.RequiredIfMatch(http, out var refusal) is not { } basedOn)
        {
            return refusal!;
        }

        var edited = await DocumentEdits.ApplyAsync(region, basedOn, edits, database, ClaimsActor.Of(http)?.Name, cancellationToken).ConfigureAwait(false);
        return edited.Succeeded ? Saved(http, region, edited.Value.Outcome, edited.Warnings) : ApiProblems.From(edited.Error);
    }

    private static IResult Saved(HttpContext http, string region, SaveOutcome outcome, IReadOnlyList<Domain.Diagnostics.Diagnostic> warnings)
    {
        http.SetETag(outcome.Token);
        var answer = SaveAnswer.Of(outcome, warnings);
        return outcome.Kind is SaveKind.Created or SaveKind.NewDraftVersion
            ? Results.Created($"/api/v1/regions/{region}/versions/{outcome.Version}", answer)
            : Results.Ok(answer);
    }
}
