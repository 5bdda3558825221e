using Karsa.Application.Common;
using Karsa.Web.Api;
using Microsoft.AspNetCore.Mvc;

namespace Karsa.Web.Pages;

/// <summary>A use case's failure as a page's answer: the status its kind calls for, shown by the status page.</summary>
public static class PageErrors
{
    /// <summary>The status result for <paramref name="error"/> (404 for not found, 422 for invalid input, ...).</summary>
    public static IActionResult Status(UseCaseError error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return new StatusCodeResult(ApiProblems.StatusOf(error.Kind) == StatusCodes.Status412PreconditionFailed ? StatusCodes.Status409Conflict : ApiProblems.StatusOf(error.Kind));
    }
}
