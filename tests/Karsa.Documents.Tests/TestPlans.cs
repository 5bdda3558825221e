using Karsa.Domain.Agencies;
using Karsa.Domain.Budget;
using Karsa.Domain.Catalogue;
using Karsa.Domain.Indicators;
using Karsa.Domain.Plans;
using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;
using Karsa.Domain.Readiness;
using Karsa.Domain.Regions;

namespace Karsa.Documents.Tests;

/// <summary>
/// A realistic, illustrative regency masterplan built in code: six dimensions with eight programmes
/// each, agencies, readiness, SWOT, strategies, narratives, indicators, targets and ceilings. It is as
/// wide as a real plan: spending in every one of the ten plan years, all seven funding sources, long
/// agency names and yearly amounts in the billions (tens of billions per dimension and year). With
/// <c>hostile</c> set, user texts carry markup, scripts, very long words, emoji and Javanese script.
/// </summary>
internal static class TestPlans
{
    public const string Script = "<script>alert('x')</script>";
    public const string Javanese = "ꦏꦫꦁꦲꦚꦂ";
    public const string Emoji = "😀🚀";
    public static readonly string LongWord = "Pelayanan" + new string('x', 260) + "Terpadu";
    public static readonly string HostileText = $"{Script} <b>tebal</b> & \"kutip\" {Emoji} {Javanese} {LongWord}";

    private static readonly (Dimension Dimension, string Prefix, string[] Names)[] Catalogue =
    [
        (Dimension.Governance, "GOV", ["Mal Pelayanan Publik Digital", "Satu Data Karanganyar", "E-Office Terpadu", "Pusat Komando Kabupaten", "Desa Digital", "Sistem Pengaduan Warga", "Perbup Smart City", "Pelatihan SDM TIK"]),
        (Dimension.Branding, "BRA", ["Portal Wisata Lawu", "Festival Candi Cetho", "Katalog UMKM Daring", "Penataan Koridor Kota", "Wisata Kebun Teh Kemuning", "Aplikasi Pemandu Wisata", "Branding Karanganyar Intanpari", "Papan Informasi Digital"]),
        (Dimension.Economy, "ECO", ["Pasar Rakyat Nontunai", "Inkubator UMKM", "Pajak Daerah Daring", "Kartu Tani Digital", "Kawasan Industri Jaten", "Koperasi Digital", "QRIS Retribusi", "Bursa Kerja Daring"]),
        (Dimension.Living, "LIV", ["Rekam Medis Elektronik RSUD", "Ambulans Siaga 112", "Transportasi Terintegrasi", "Air Bersih Pedesaan", "Peringatan Dini Bencana", "Parkir Elektronik", "Posyandu Digital", "Rumah Layak Huni"]),
        (Dimension.Society, "SOC", ["Sekolah Digital", "Perpustakaan Daring", "CCTV Ruang Publik", "Komunitas Relawan TIK", "Literasi Digital Warga", "Beasiswa Daring", "Forum Warga Cerdas", "Keamanan Siber Daerah"]),
        (Dimension.Environment, "ENV", ["Bank Sampah Digital", "PJU Tenaga Surya", "Pemantauan Kualitas Udara", "Hutan Kota Lawu", "Pengelolaan TPA Terpadu", "Energi Biogas Desa", "Sensor Sungai Samin", "Gerakan Tanam Pohon"]),
    ];

    private static readonly (string Code, string Name)[] AgencyNames =
    [
        ("DISKOMINFO", "Dinas Komunikasi dan Informatika"), ("BAPPEDA", "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah"),
        ("DISPARPORA", "Dinas Pariwisata Pemuda dan Olahraga"), ("DINKES", "Dinas Kesehatan"), ("RSUD", "RSUD Kabupaten Karanganyar"),
        ("DISDIKBUD", "Dinas Pendidikan dan Kebudayaan"), ("DISHUB", "Dinas Perhubungan"), ("DLH", "Dinas Lingkungan Hidup"),
        ("DISDAGKOP", "Dinas Perdagangan Koperasi dan Usaha Kecil Menengah"), ("DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu"),
        ("BPBD", "Badan Penanggulangan Bencana Daerah"), ("DISPERKIM", "Dinas Perumahan Kawasan Permukiman dan Pertanahan"),
    ];

    private static readonly string[] AgencyCodes = [.. AgencyNames.Select(a => a.Code)];

    /// <summary>The plan; every programme name and narrative carries <see cref="HostileText"/> when <paramref name="hostile"/>.</summary>
    public static Masterplan Realistic(bool hostile = false) => Masterplan.Create(Content(hostile));

    public static MasterplanContent Content(bool hostile = false)
    {
        string H(string text) => hostile ? $"{text} {HostileText}" : text;
        var first = new FiscalYear(2022);
        var districts = new[] { "Jatipuro", "Jatiyoso", "Jumapolo", "Jumantono", "Matesih", "Tawangmangu", "Ngargoyoso", "Karangpandan", "Karanganyar" }
            .Select((name, i) => new District(new RegionCode($"33.13.{i + 1:00}"), i == 0 ? H(name) : name)).ToValueList();
        return new MasterplanContent
        {
            Region = new Region(new RegionCode("33.13"), "Karanganyar", RegionKind.Kabupaten, "Jawa Tengah", districts,
                new Measured<long>(955116, new FiscalYear(2023)), new Measured<decimal>(772.2m, new FiscalYear(2023))),
            Title = new LocalizedText(H("Masterplan Smart City Kabupaten Karanganyar 2022-2031"), "Smart City Masterplan of Karanganyar Regency 2022-2031"),
            Period = PlanPeriod.Of(first),
            Vision = new LocalizedText(H("Karanganyar cerdas, sejahtera dan berdaya saing"), "A smart, prosperous and competitive Karanganyar"),
            Missions = new LocalizedText[] { new("Mewujudkan tata kelola pemerintahan yang bersih dan digital", "Clean, digital government"), new(H("Meningkatkan kesejahteraan warga"), "Better welfare for citizens") },
            Narratives = new NarrativeSection[]
            {
                new NarrativeSection("background", new LocalizedText(H("Kabupaten Karanganyar bergabung dalam **Gerakan Menuju 100 Smart City** pada 2021.") + "\n\n- bimtek pertama\n- bimtek kedua\n\n<img src=x onerror=alert(1)>", "Karanganyar joined the **Movement** in 2021.")),
                new NarrativeSection("legal-basis", new LocalizedText("1. UU 23/2014\n2. Perpres 95/2018\n3. Perpres 39/2019")),
                new NarrativeSection("economy", new LocalizedText("Ekonomi bertumpu pada *pertanian*, tekstil di Jaten dan [pariwisata](https://example.org/wisata).\n\n| Sektor | Porsi |\n|---|---|\n| Industri | 35% |\n| Pertanian | 20% |")),
                new NarrativeSection("catatan-khusus", new LocalizedText(H("Catatan tambahan untuk lampiran."))),
            },
            Readiness = Dimensions.All.Select((d, i) => new ReadinessAssessment(d,
                new[] { new PillarScore(Pillar.Struktur, 2 + (i % 3 * 0.5m), H("SDM TIK terbatas")), new PillarScore(Pillar.Infrastruktur, 2.5m + (i % 2), null), new PillarScore(Pillar.Suprastruktur, 3 + (i % 4 * 0.25m), null) },
                i == 0 ? H("Tata kelola siap dikembangkan.") : null)).ToValueList(),
            Swot = new SwotItem[]
            {
                new SwotItem(SwotKind.Strength, H("Komitmen kepala daerah"), Dimension.Governance),
                new SwotItem(SwotKind.Strength, "Potensi wisata Lawu", Dimension.Branding),
                new SwotItem(SwotKind.Weakness, "Jaringan internet desa timur terbatas"),
                new SwotItem(SwotKind.Opportunity, "Dukungan program nasional"),
                new SwotItem(SwotKind.Threat, "Risiko bencana longsor", Dimension.Living),
            },
            Strategies = Dimensions.All.Select(d => new Strategy(d, new LocalizedText(H($"Penguatan {d.Name().Indonesian}"), $"Strengthening {d.Name().Indonesian}"), "Melalui *digitalisasi* layanan.")).ToValueList(),
            Agencies = AgencyNames.Select((a, i) => new Agency(new AgencyCode(a.Code), i == 0 ? H(a.Name) : a.Name, i == 4 ? AgencyKind.Rsud : AgencyKind.Dinas)).ToValueList(),
            Programmes = Programmes(hostile).ToValueList(),
            Ceilings = Enumerable.Range(0, 10).SelectMany(y => new[]
            {
                new BudgetCeiling(first.Plus(y), FundingSource.Apbd, new Rupiah(30_000_000_000L + (y * 1_500_000_000L))),
                new BudgetCeiling(first.Plus(y), FundingSource.Csr, new Rupiah(6_000_000_000L)),
                new BudgetCeiling(first.Plus(y), FundingSource.Apbn, new Rupiah(10_000_000_000L)),
            }).ToValueList(),
            Indicators = new Indicator[]
            {
                new Indicator(new IndicatorCode("ISO37120-5.1"), new LocalizedText("Tingkat pengangguran", "Unemployment rate"), "%", IndicatorFramework.Iso37120, IndicatorDirection.LowerIsBetter, "5.1", "Economy", new Measured<decimal>(4.2m, new FiscalYear(2021))),
                new Indicator(new IndicatorCode("ISO37122-17.1"), new LocalizedText(H("Layanan publik daring"), "Online public services"), "%", IndicatorFramework.Iso37122, IndicatorDirection.HigherIsBetter, "17.1", "Governance", new Measured<decimal>(35m, new FiscalYear(2021))),
                new Indicator(new IndicatorCode("SPBE-INDEX"), new LocalizedText("Indeks SPBE", "SPBE index"), "indeks", IndicatorFramework.Spbe, IndicatorDirection.HigherIsBetter, null, null, new Measured<decimal>(2.6m, new FiscalYear(2021))),
                new Indicator(new IndicatorCode("LOC-SAMPAH"), new LocalizedText("Sampah terkelola", "Waste managed"), "%", IndicatorFramework.Local, IndicatorDirection.HigherIsBetter),
            },
            Targets = new IndicatorTarget[]
            {
                new IndicatorTarget(new IndicatorCode("ISO37120-5.1"), new FiscalYear(2026), 3.8m),
                new IndicatorTarget(new IndicatorCode("ISO37120-5.1"), new FiscalYear(2031), 3.2m),
                new IndicatorTarget(new IndicatorCode("ISO37122-17.1"), new FiscalYear(2031), 90m),
                new IndicatorTarget(new IndicatorCode("SPBE-INDEX"), new FiscalYear(2026), 3.5m),
                new IndicatorTarget(new IndicatorCode("LOC-SAMPAH"), new FiscalYear(2031), 75m),
            },
        };
    }

    /// <summary>The sources costs are spread over (the seven a plan could name before plan-level sources).</summary>
    private static readonly FundingSource[] SpreadSources =
        [FundingSource.Apbd, FundingSource.Apbn, FundingSource.Dak, FundingSource.Kpbu, FundingSource.Csr, FundingSource.DanaDesa, FundingSource.Other];

    private static IEnumerable<Programme> Programmes(bool hostile)
    {
        foreach (var (dimension, prefix, names) in Catalogue)
        {
            var elements = ElementCatalogue.Reference.Where(e => e.Dimension == dimension).ToList();
            for (var i = 0; i < names.Length; i++)
            {
                // Starts spread over all ten plan years (2022-2031), one to three years each, inside the period.
                var earliest = new FiscalYear(2022 + (i * 9 / (names.Length - 1)));
                var duration = Math.Min(1 + (i % 3), 2031 - earliest.Value + 1);
                var other = SpreadSources[(i + (int)dimension) % SpreadSources.Length];
                FundingSource[] sources = other == FundingSource.Apbd ? [FundingSource.Apbd] : [FundingSource.Apbd, other];
                var costs = Enumerable.Range(0, duration).SelectMany(y => sources.Select((s, k) =>
                    new CostLine(earliest.Plus(y), s, new Rupiah((2_500_000_000L + (i * 1_375_000_000L) + (k * 750_000_000L)) / (y + 1)))));
                yield return new Programme(
                    new ProgrammeCode($"{prefix}-{i + 1:00}"),
                    new LocalizedText(hostile && i == 1 ? $"{names[i]} {HostileText}" : names[i], $"{names[i]} (EN)"),
                    dimension, elements[i % 3].Code, new AgencyCode(AgencyCodes[(i + (int)dimension) % AgencyCodes.Length]),
                    duration, costs.ToValueList(),
                    kind: (ProgrammeKind)(i % 8),
                    description: i == 0 ? (hostile ? HostileText : "Program **prioritas** dengan manfaat langsung.") : null,
                    quickWinCandidate: i == 0,
                    earliestStart: earliest,
                    indicators: dimension == Dimension.Governance && i == 0 ? new[] { new IndicatorCode("ISO37122-17.1") } : default(ValueList<IndicatorCode>),
                    districts: i == 2 ? new[] { new RegionCode("33.13.06") } : default(ValueList<RegionCode>));
            }
        }
    }
}
