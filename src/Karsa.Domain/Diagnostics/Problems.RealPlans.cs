namespace Karsa.Domain.Diagnostics;

/// <summary>
/// The problems of programmes as real masterplans hold them: running and existing services, co-leads and
/// implementers, district and village locations (KRS140-KRS145).
/// </summary>
public static partial class Problems
{
    /// <summary>KRS140: a location that is not a district or village of the plan's region.</summary>
    public static Diagnostic LocationOutsideRegion(string code, string region) => Error("KRS140",
        $"Lokasi '{code}' bukan kecamatan atau desa/kelurahan di wilayah {region}",
        $"Location '{code}' is not a district or village of region {region}",
        $"tulis kode Kemendagri kecamatan ({region}.NN) atau desa/kelurahan ({region}.NN.NNNN) di wilayah ini",
        $"write the Home Affairs code of a district ({region}.NN) or village ({region}.NN.NNNN) of this region");

    /// <summary>KRS141: a field of running services (startedIn, recurrence) on a new programme, or a new programme without duration.</summary>
    public static Diagnostic NotARunningService(string field) => Error("KRS141",
        $"'{field}' hanya untuk layanan yang sudah berjalan, sedangkan program ini baru",
        $"'{field}' is only for services already under way, and this programme is new",
        "tambahkan 'status: running' (sedang berjalan) atau 'status: existing' (layanan yang sudah ada), atau hapus kolom ini",
        "add 'status: running' (under way) or 'status: existing' (an existing service), or remove this field");

    /// <summary>KRS142: a running service said to start after the plan's last year.</summary>
    public static Diagnostic StartedAfterPeriod(int year, int last) => Error("KRS142",
        $"Layanan yang sudah berjalan dimulai {N(year)}, sesudah akhir periode rencana ({N(last)})",
        $"A service under way started in {N(year)}, after the plan's last year ({N(last)})",
        "perbaiki tahun 'startedIn', atau jadikan program baru (hapus 'status') dengan 'duration'",
        "correct 'startedIn', or make it a new programme (remove 'status') with a 'duration'");

    /// <summary>KRS143: an agency named more than once among a programme's lead and co-leads.</summary>
    public static Diagnostic LeadNamedTwice(string agency) => Error("KRS143",
        $"Perangkat daerah '{agency}' disebut lebih dari sekali sebagai pengampu",
        $"Agency '{agency}' is named more than once as a lead",
        "sebut setiap perangkat daerah sekali saja di 'lead'", "name each agency once under 'lead'");

    /// <summary>KRS144: a new programme with no cost: the planner cannot schedule it by budget (warning).</summary>
    public static Diagnostic NeedsCostEstimate(string programme) => Warning("KRS144",
        $"Program {programme} belum punya perkiraan biaya; penyusun peta jalan tidak menjadwalkannya",
        $"Programme {programme} has no cost estimate yet; the roadmap planner does not schedule it",
        "isi 'costs' per tahun dan sumber dana; bila program ini sudah berjalan, tambahkan 'status: running'",
        "fill in 'costs' per year and funding source; if it is already under way, add 'status: running'");

    /// <summary>KRS145: a start window on a running or existing service, which the roadmap keeps where it is.</summary>
    public static Diagnostic WindowOnRunningService() => Error("KRS145",
        "Layanan yang sudah berjalan tidak punya jendela mulai: peta jalan tidak memindahkannya",
        "A service under way has no start window: the roadmap does not move it",
        "hapus 'start' dan tulis tahun mulainya di 'startedIn'", "remove 'start' and write the year it started as 'startedIn'");
}
