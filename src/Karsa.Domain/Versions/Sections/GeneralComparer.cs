using Karsa.Domain.Catalogue;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;

namespace Karsa.Domain.Versions.Sections;

/// <summary>The plan's frame: region facts and districts, title, period, term lengths, quick-win priority, value model and score scales.</summary>
public sealed class GeneralComparer : ISectionComparer
{
    /// <inheritdoc />
    public string Section => "general";

    /// <inheritdoc />
    public IEnumerable<ItemChange> Compare(MasterplanContent older, MasterplanContent newer)
    {
        var (a, b) = (older.Region, newer.Region);
        var region = new FieldList("region")
            .Value("name", Values.Text(a.Name), Values.Text(b.Name))
            .Value("kind", Values.Code(a.Kind), Values.Code(b.Kind))
            .Value("province", Values.Text(a.Province), Values.Text(b.Province))
            .Value("population", Values.Number(a.Population?.Value), Values.Number(b.Population?.Value))
            .Value("populationYear", Values.Year(a.Population?.Year), Values.Year(b.Population?.Year))
            .Value("areaKm2", Values.Number(a.AreaKm2?.Value), Values.Number(b.AreaKm2?.Value))
            .Value("areaYear", Values.Year(a.AreaKm2?.Year), Values.Year(b.AreaKm2?.Year))
            .Value("cohort", Values.Year(a.Cohort), Values.Year(b.Cohort))
            .Entries("districts", a.Districts, b.Districts, d => d.Code, d => Values.Text(d.Name)!, (d, f) => f with { Key = d.Code.Value })
            .ToItem("region", b.Code.Value, new LocalizedText(b.FullName));
        var frame = new FieldList("plan")
            .Value("title", Values.Text(older.Title), Values.Text(newer.Title))
            .Value("firstYear", Values.Year(older.Period.First), Values.Year(newer.Period.First))
            .Value("lastYear", Values.Year(older.Period.Last), Values.Year(newer.Period.Last))
            .Value("quickWinYears", Values.Years(older.Terms.QuickWinYears), Values.Years(newer.Terms.QuickWinYears))
            .Value("shortTermYears", Values.Years(older.Terms.ShortTermYears), Values.Years(newer.Terms.ShortTermYears))
            .Value("mediumTermYears", Values.Years(older.Terms.MediumTermYears), Values.Years(newer.Terms.MediumTermYears))
            .Members("quickWinPriority", older.QuickWinPriority.Select(d => d.Key()), newer.QuickWinPriority.Select(d => d.Key()), DimensionName)
            .Value("benefitLifeYears", Values.Years(older.ValueModel.BenefitLifeYears), Values.Years(newer.ValueModel.BenefitLifeYears))
            .Value("discountRatePercent", Values.Number(older.ValueModel.DiscountRatePercent), Values.Number(newer.ValueModel.DiscountRatePercent))
            .Value("readinessScale", Values.Code(older.ReadinessScale.ToString()), Values.Code(newer.ReadinessScale.ToString()))
            .Value("criteriaScale", Values.Code(older.CriteriaScale.ToString()), Values.Code(newer.CriteriaScale.ToString()))
            .ToItem("plan", "plan", null);
        return new[] { region, frame }.OfType<ItemChange>();
    }

    private static LocalizedText? DimensionName(string key) =>
        Dimensions.All.Where(d => d.Key() == key).Select(d => d.Name()).FirstOrDefault();
}
