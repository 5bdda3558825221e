using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Karsa.Web.Api.Plans;

/// <summary>Shows the programme endpoint's body in the OpenAPI document as a <see cref="ProgrammeBody"/>, with every field of a plan file's programme.</summary>
internal static class ProgrammeBodyDocument
{
    /// <summary>Describes <paramref name="endpoint"/>'s request body as a <see cref="ProgrammeBody"/> in JSON.</summary>
    public static RouteHandlerBuilder WithProgrammeBody(this RouteHandlerBuilder endpoint) =>
        endpoint.AddOpenApiOperationTransformer(async (operation, context, cancellationToken) =>
        {
            var schema = await context.GetOrCreateSchemaAsync(typeof(ProgrammeBody), null, cancellationToken).ConfigureAwait(false);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Description = "The programme as one item of the plan file's programmes (docs/plan-file.md); unknown keys are refused (KRS003).",
                Content = new Dictionary<string, OpenApiMediaType>(StringComparer.Ordinal) { [PlanMedia.Json] = new() { Schema = schema } },
            };
        });
}
