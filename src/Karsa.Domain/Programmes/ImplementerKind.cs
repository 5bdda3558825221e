namespace Karsa.Domain.Programmes;

/// <summary>What kind of body carries out a programme outside the regency's agencies (OPD).</summary>
public enum ImplementerKind
{
    /// <summary>A village government (pemerintah desa or kelurahan).</summary>
    Village,

    /// <summary>A training institute (balai latihan, lembaga pelatihan).</summary>
    TrainingInstitute,

    /// <summary>A community group (kelompok masyarakat, komunitas, karang taruna).</summary>
    CommunityGroup,

    /// <summary>A private partner (swasta, BUMN/BUMD).</summary>
    PrivatePartner,

    /// <summary>A university or research institute.</summary>
    University,

    /// <summary>Anything else.</summary>
    Other,
}
