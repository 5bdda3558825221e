namespace Karsa.Domain.Programmes;

/// <summary>What kind of intervention a programme is.</summary>
public enum ProgrammeKind
{
    /// <summary>A software application or digital service.</summary>
    Application,

    /// <summary>Physical or network infrastructure.</summary>
    Infrastructure,

    /// <summary>A regulation or policy (need not involve IT).</summary>
    Policy,

    /// <summary>Training and capacity building of staff or citizens.</summary>
    CapacityBuilding,

    /// <summary>Improvement of an existing public service.</summary>
    Service,

    /// <summary>A community or participation programme.</summary>
    Community,

    /// <summary>Data, statistics and information management.</summary>
    Data,

    /// <summary>Anything else.</summary>
    Other,
}
