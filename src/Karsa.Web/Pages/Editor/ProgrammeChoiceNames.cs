using Karsa.Domain.Primitives;
using Karsa.Domain.Programmes;

namespace Karsa.Web.Pages.Editor;

/// <summary>The names of the programme form's choices of delivery status, recurrence and implementer kind, in both languages.</summary>
public static class ProgrammeChoiceNames
{
    /// <summary>The status's name, e.g. "Layanan berjalan" / "Running service".</summary>
    public static LocalizedText Name(this DeliveryStatus status) => status switch
    {
        DeliveryStatus.Running => new("Sedang berjalan (dimulai sebelumnya)", "Under way (started earlier)"),
        DeliveryStatus.Existing => new("Layanan yang sudah ada", "Existing service"),
        _ => new("Program baru (dijadwalkan peta jalan)", "New programme (scheduled by the roadmap)"),
    };

    /// <summary>The recurrence's name.</summary>
    public static LocalizedText Name(this ProgrammeRecurrence recurrence) => recurrence switch
    {
        ProgrammeRecurrence.Yearly => new("Diulang setiap tahun", "Repeated every year"),
        ProgrammeRecurrence.OpenEnded => new("Berkelanjutan tanpa akhir", "Continuous, without an end"),
        _ => new("Tidak disebut", "Not stated"),
    };

    /// <summary>The implementer kind's name.</summary>
    public static LocalizedText Name(this ImplementerKind kind) => kind switch
    {
        ImplementerKind.Village => new("Pemerintah desa/kelurahan", "Village government"),
        ImplementerKind.TrainingInstitute => new("Lembaga pelatihan", "Training institute"),
        ImplementerKind.CommunityGroup => new("Kelompok masyarakat", "Community group"),
        ImplementerKind.PrivatePartner => new("Mitra swasta/BUMN/BUMD", "Private partner"),
        ImplementerKind.University => new("Perguruan tinggi/lembaga riset", "University or research institute"),
        _ => new("Lainnya", "Other"),
    };

    /// <summary>
    /// The choices of <typeparamref name="T"/> as (value, label) in <paramref name="language"/>, without
    /// <paramref name="blank"/> when the empty choice stands for it.
    /// </summary>
    public static IReadOnlyList<(string Value, string Label)> Choices<T>(Func<T, LocalizedText> name, Language language, T? blank = null)
        where T : struct, Enum
    {
        ArgumentNullException.ThrowIfNull(name);
        return [.. Enum.GetValues<T>().Where(v => !v.Equals(blank)).Select(v => (v.ToString(), name(v).In(language)))];
    }
}
