using Karsa.Web.Hosting;
using Microsoft.Extensions.Options;

namespace Karsa.Web.Pages.Portal;

/// <summary>The adopted roadmap of a region's newest published plan: a Gantt per term and the spending per year. Never a draft.</summary>
public sealed class RoadmapModel(IOptions<KarsaWebOptions> options) : PublishedPlanPage(options);
