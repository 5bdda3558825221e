using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>A region's newest published plan for everyone: profile, vision and missions, programmes, quick wins, spending and the book. Never a draft.</summary>
public sealed class PlanModel(IOptions<KarsaWebOptions> options) : PublishedPlanPage(options);
