using System.Text.Json.Nodes;
using Karsa.Application.Access;
using Karsa.Application.Plans;
using Karsa.Application.Versions;
using Karsa.Web.Api.Plans;

namespace Karsa.Web.Api;

/// <summary>A region's plan versions: read, edit a draft, import and export, publish, new draft, compare.</summary>
internal static class PlansApi
{
    /// <summary>The OpenAPI tag of these endpoints.</summary>
    public const string Tag = "Plans";

    /// <summary>Maps this group's endpoints under <paramref name="api"/>.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var region = api.MapGroup("/regions/{region}").WithTags(Tag);

        region.MapGet("/versions", VersionReads.ListAsync).WithName("ListVersions")
            .WithSummary("The region's versions (paged): number, state, title, years, programmes, total cost, last change.")
            .RequireAuthorization(nameof(Permission.ReadDrafts)).Produces<Page<VersionItem>>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        region.MapGet("/versions/{version:int}", VersionReads.VersionAsync).WithName("GetVersion")
            .WithSummary("One version as the plan file (JSON, or YAML with ?format=yaml or Accept: application/yaml), with its ETag. A draft needs ReadDrafts.")
            .RequireAuthorization(nameof(Permission.ReadPublished)).Produces<JsonObject>(StatusCodes.Status200OK, PlanMedia.Json, PlanMedia.Yaml)
            .ProducesProblem(StatusCodes.Status404NotFound);
        region.MapGet("/draft", VersionReads.DraftAsync).WithName("GetDraft")
            .WithSummary("The draft (the newest version when it is a draft) as the plan file, with its ETag.")
            .RequireAuthorization(nameof(Permission.ReadDrafts)).Produces<JsonObject>(StatusCodes.Status200OK, PlanMedia.Json, PlanMedia.Yaml)
            .ProducesProblem(StatusCodes.Status404NotFound);
        region.MapPut("/draft", DraftWrites.PutDraftAsync).WithName("PutDraft")
            .WithSummary("Stores a whole plan file (JSON or YAML by Content-Type) as the draft. If-Match: the newest version's ETag; If-None-Match: * for the region's first plan.")
            .RequireAuthorization(nameof(Permission.EditDraft)).Accepts<JsonObject>(PlanMedia.Json, PlanMedia.Yaml).Saves(created: true);
        region.MapPost("/draft/edits", DraftWrites.EditAsync).WithName("EditDraft")
            .WithSummary("Applies a list of edits ({op: set|remove, path, value}) to the draft, all or none. If-Match required.")
            .WithDescription("Each value is written as in the JSON plan file. Paths: " + string.Join(", ", DocumentEdits.Paths) + ".")
            .RequireAuthorization(nameof(Permission.EditDraft)).Accepts<DocumentEdit[]>(PlanMedia.Json).Saves(created: false);
        region.MapPut("/draft/programmes/{code}", DraftWrites.PutProgrammeAsync).WithName("PutDraftProgramme")
            .WithSummary("Creates or replaces one programme of the draft (as written in the plan file). If-Match required.")
            .RequireAuthorization(nameof(Permission.EditDraft)).Saves(created: false)
            .WithProgrammeBody();
        region.MapDelete("/draft/programmes/{code}", DraftWrites.DeleteProgrammeAsync).WithName("DeleteDraftProgramme")
            .WithSummary("Removes one programme from the draft. If-Match required.")
            .RequireAuthorization(nameof(Permission.EditDraft)).Saves(created: false);
        region.MapPost("/drafts", DraftWrites.StartDraftAsync).WithName("StartDraft")
            .WithSummary("Starts a new draft from the newest published version (or names the draft that exists).")
            .RequireAuthorization(nameof(Permission.EditDraft)).Saves(created: true);
        region.MapPost("/import", DraftWrites.ImportAsync).WithName("ImportPlanFile")
            .WithSummary("Imports an uploaded plan file (multipart field 'file', .yaml/.yml/.json) as the draft, with the errors of 'karsa import'. If-Match or If-None-Match: * as for PUT draft.")
            .RequireAuthorization(nameof(Permission.EditDraft)).DisableAntiforgery().Saves(created: true);
        region.MapPost("/versions/{version:int}/publish", DraftWrites.PublishAsync).WithName("PublishVersion")
            .WithSummary("Publishes a draft version (it must have an adopted roadmap). If-Match: that version's ETag.")
            .RequireAuthorization(nameof(Permission.Publish)).Produces<PublishAnswer>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
        region.MapGet("/compare", VersionReads.CompareAsync).WithName("CompareVersions")
            .WithSummary("The readable difference between versions ?from= and ?to=.")
            .RequireAuthorization(nameof(Permission.ReadDrafts)).Produces<ComparisonDocument>().ProducesProblem(StatusCodes.Status404NotFound);
    }

    /// <summary>The answers every draft change may give.</summary>
    private static RouteHandlerBuilder Saves(this RouteHandlerBuilder endpoint, bool created)
    {
        endpoint.Produces<SaveAnswer>();
        if (created)
        {
            endpoint.Produces<SaveAnswer>(StatusCodes.Status201Created);
        }

        return endpoint.ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }
}
