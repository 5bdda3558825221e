using Karsa.Application.Access;
using Karsa.Application.Plans;
using Karsa.Application.Versions;
using Karsa.Domain.Plans;
using Karsa.Web.Access;
using Karsa.Web.Hosting;
using Karsa.Web.Localization;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Api.Plans;

/// <summary>The reading endpoints of a region's versions: the list, one version or the draft as a plan file, a comparison.</summary>
internal static class VersionReads
{
    /// <summary>GET versions: the region's versions, paged.</summary>
    public static async Task<IResult> ListAsync(string region, int? offset, int? limit, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var listed = await RegionVersions.ListAsync(region, options.Value.Database, cancellationToken).ConfigureAwait(false);
        return listed.Succeeded
            ? Results.Ok(Paging.Of([.. listed.Value.Versions.Select(VersionItem.Of)], offset, limit))
            : ApiProblems.From(listed.Error);
    }

    /// <summary>GET versions/{version}: a version as a plan file; a draft only for those who may read drafts.</summary>
    public static Task<IResult> VersionAsync(HttpContext http, string region, int version, string? format, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken) =>
        FileAsync(http, region, version, draftOnly: false, format, options.Value.Database, cancellationToken);

    /// <summary>GET draft: the newest version when it is a draft, as a plan file.</summary>
    public static Task<IResult> DraftAsync(HttpContext http, string region, string? format, IOptions<KarsaWebOptions> options,
        CancellationToken cancellationToken) =>
        FileAsync(http, region, null, draftOnly: true, format, options.Value.Database, cancellationToken);

    /// <summary>GET compare?from=&amp;to=: the readable difference between two versions.</summary>
    public static async Task<IResult> CompareAsync(string region, int from, int to, IOptions<KarsaWebOptions> options, CancellationToken cancellationToken)
    {
        var compared = await CompareVersions.RunAsync(options.Value.Database, region, from, to, cancellationToken: cancellationToken).ConfigureAwait(false);
        return compared.Succeeded ? Results.Ok(ComparisonDocument.From(compared.Value, Say.Language)) : ApiProblems.From(compared.Error);
    }

    private static async Task<IResult> FileAsync(HttpContext http, string region, int? version, bool draftOnly, string? format, string database,
        CancellationToken cancellationToken)
    {
        if (PlanMedia.Wanted(http.Request, format) is not { } wanted)
        {
            return ApiProblems.Of(StatusCodes.Status400BadRequest, "format harus yaml atau json.", "format must be yaml or json.");
        }

        var read = await RegionVersions.ReadAsync(region, version, draftOnly, wanted, database, cancellationToken).ConfigureAwait(false);
        if (!read.Succeeded)
        {
            return ApiProblems.From(read.Error);
        }

        if (read.Value.Summary.State == PlanState.Draft && !http.May(Permission.ReadDrafts))
        {
            return http.User.Identity?.IsAuthenticated == true ? Results.Forbid() : Results.Challenge();
        }

        http.SetETag(read.Value.Summary.Token);
        return Results.Text(read.Value.Text, PlanMedia.TypeOf(wanted) + "; charset=utf-8");
    }
}
