namespace Karsa.Interchange.Tests;

/// <summary>Plan-file fragments shared by the error tests.</summary>
internal static class Snippets
{
    /// <summary>Ten lines: a valid top of a plan (karsa, region, title, period, one agency DISKOMINFO); what follows starts at line 11.</summary>
    public const string Header = """
        karsa: 2
        region:
          code: "33.13"
          name: Karanganyar
          kind: kabupaten
          province: Jawa Tengah
        title: Uji
        period: {first: 2022, last: 2031}
        agencies:
          - {code: DISKOMINFO, name: Dinas Kominfo, kind: dinas}

        """;
}
