using Karsa.Domain.Plans;

namespace Karsa.Interchange.Tests.CodeTable;

/// <summary>
/// The baseline of the diagnostic code table: a small plan file that yields no diagnostic at all (no
/// error and no warning). Its 18 programmes cover every reference element once, the first of each
/// dimension is a quick-win candidate, nothing costs money and there are no indicators. Each case of
/// the table edits it minimally; appended text lands at line 30 inside the programme list.
/// </summary>
internal static class QuietPlan
{
    /// <summary>The file text (29 lines): <see cref="Snippets.Header"/>, then the programmes from line 11.</summary>
    public const string Yaml = Snippets.Header + """
        programmes:
          - {code: GOV-01, quickWin: true, name: Layanan, dimension: governance, element: public-service, lead: DISKOMINFO, duration: 1}
          - {code: GOV-02, name: Birokrasi, dimension: governance, element: bureaucracy, lead: DISKOMINFO, duration: 1}
          - {code: GOV-03, name: Kebijakan, dimension: governance, element: public-policy, lead: DISKOMINFO, duration: 1}
          - {code: BRA-01, quickWin: true, name: Wisata, dimension: branding, element: tourism, lead: DISKOMINFO, duration: 1}
          - {code: BRA-02, name: Usaha, dimension: branding, element: business, lead: DISKOMINFO, duration: 1}
          - {code: BRA-03, name: Wajah Kota, dimension: branding, element: city-appearance, lead: DISKOMINFO, duration: 1}
          - {code: ECO-01, quickWin: true, name: Industri, dimension: economy, element: industry, lead: DISKOMINFO, duration: 1}
          - {code: ECO-02, name: Kesejahteraan, dimension: economy, element: welfare, lead: DISKOMINFO, duration: 1}
          - {code: ECO-03, name: Transaksi, dimension: economy, element: transaction, lead: DISKOMINFO, duration: 1}
          - {code: LIV-01, quickWin: true, name: Kerukunan, dimension: living, element: harmony, lead: DISKOMINFO, duration: 1}
          - {code: LIV-02, name: Kesehatan, dimension: living, element: health, lead: DISKOMINFO, duration: 1}
          - {code: LIV-03, name: Mobilitas, dimension: living, element: mobility, lead: DISKOMINFO, duration: 1}
          - {code: SOC-01, quickWin: true, name: Komunitas, dimension: society, element: community, lead: DISKOMINFO, duration: 1}
          - {code: SOC-02, name: Belajar, dimension: society, element: learning, lead: DISKOMINFO, duration: 1}
          - {code: SOC-03, name: Keamanan, dimension: society, element: security, lead: DISKOMINFO, duration: 1}
          - {code: ENV-01, quickWin: true, name: Perlindungan, dimension: environment, element: protection, lead: DISKOMINFO, duration: 1}
          - {code: ENV-02, name: Sampah, dimension: environment, element: waste, lead: DISKOMINFO, duration: 1}
          - {code: ENV-03, name: Energi, dimension: environment, element: energy, lead: DISKOMINFO, duration: 1}

        """;

    private static readonly Lazy<MasterplanContent> Read = new(() =>
        Reading.Yaml(Yaml).Plan?.Content ?? throw new InvalidOperationException("the quiet plan does not read:\n" + Reading.Describe(Reading.Yaml(Yaml))));

    /// <summary>The same plan as a model, for cases that edit the model instead of the file.</summary>
    public static MasterplanContent Content => Read.Value;
}
