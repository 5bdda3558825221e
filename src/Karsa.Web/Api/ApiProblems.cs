using Karsa.Application.Common;
using Karsa.Domain.Diagnostics;
using Karsa.Web.Localization;

namespace Karsa.Web.Api;

/// <summary>
/// Turns a use case's failure into an RFC 9457 problem (ProblemDetails) in the request's language,
/// with the status its kind calls for and every diagnostic with its field path and place.
/// </summary>
public static class ApiProblems
{
    /// <summary>The HTTP status for a failure kind.</summary>
    public static int StatusOf(FailureKind kind) => kind switch
    {
        FailureKind.InvalidInput => StatusCodes.Status422UnprocessableEntity,
        FailureKind.NotFound => StatusCodes.Status404NotFound,
        FailureKind.Conflict => StatusCodes.Status412PreconditionFailed,
        FailureKind.Infeasible => StatusCodes.Status422UnprocessableEntity,
        FailureKind.Database or FailureKind.MissingTool => StatusCodes.Status503ServiceUnavailable,
        FailureKind.FileError => StatusCodes.Status400BadRequest,
        FailureKind.Forbidden => StatusCodes.Status403Forbidden,
        _ => StatusCodes.Status500InternalServerError,
    };

    /// <summary>The problem result for <paramref name="error"/>.</summary>
    public static IResult From(UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return Results.Problem(
            title: Say.T(error.Message),
            statusCode: StatusOf(error.Kind),
            type: $"https://karsa.id/problems/{error.Kind}",
            extensions: new Dictionary<string, object?> { ["errors"] = error.Diagnostics.Select(Describe).ToList() });
    }

    /// <summary>
    /// The problem result for <paramref name="error"/> of a write whose body carries the revision it read
    /// (not an If-Match header): a conflict is 409 Conflict, not 412.
    /// </summary>
    public static IResult FromBodyRevision(UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Kind == FailureKind.Conflict
            ? Of(StatusCodes.Status409Conflict, error.Message.Indonesian, error.Message.English ?? error.Message.Indonesian)
            : From(error);
    }

    /// <summary>A plain problem with a status and a message in both languages.</summary>
    public static IResult Of(int status, string indonesian, string english) =>
        Results.Problem(title: Say.T(indonesian, english), statusCode: status);

    /// <summary>A diagnostic as the API shows it: code, severity, field path, place, message and hint.</summary>
    public static ApiDiagnostic Describe(Diagnostic diagnostic)
    {
        ArgumentNullException.ThrowIfNull(diagnostic);
        return new ApiDiagnostic(
            diagnostic.Code,
            diagnostic.Severity.ToString().ToLowerInvariant(),
            diagnostic.Path,
            diagnostic.Location?.ToString(),
            Say.T(diagnostic.Message),
            diagnostic.Hint is null ? null : Say.T(diagnostic.Hint));
    }
}

/// <summary>One diagnostic in an API answer.</summary>
/// <param name="Code">The diagnostic code, e.g. "KRS031".</param>
/// <param name="Severity">"error" or "warning".</param>
/// <param name="Path">The field path in the plan, e.g. "programmes[GOV-01].costs[2].amount".</param>
/// <param name="Location">file:line:column, when the input was a file.</param>
/// <param name="Message">What is wrong, in the request's language.</param>
/// <param name="Hint">What to do.</param>
public sealed record ApiDiagnostic(string Code, string Severity, string Path, string? Location, string Message, string? Hint);
