namespace Karsa.Storage.Audit;

/// <summary>The kinds of change the audit log records (<see cref="AuditEntryRecord.Action"/>).</summary>
public static class AuditActions
{
    /// <summary>A plan file imported or uploaded (no concurrency token).</summary>
    public const string PlanImport = "plan.import";

    /// <summary>A draft edited from a known version (fields, programmes, ...).</summary>
    public const string PlanEdit = "plan.edit";

    /// <summary>A roadmap adopted into a draft (only the roadmap changed).</summary>
    public const string PlanAdopt = "plan.adopt";

    /// <summary>A draft published.</summary>
    public const string PlanPublish = "plan.publish";

    /// <summary>A new draft started from the published version.</summary>
    public const string PlanNewDraft = "plan.draft";

    /// <summary>An account created.</summary>
    public const string UserCreate = "user.create";

    /// <summary>An account's name, role, region or agency changed.</summary>
    public const string UserUpdate = "user.update";

    /// <summary>An account locked.</summary>
    public const string UserLock = "user.lock";

    /// <summary>An account unlocked.</summary>
    public const string UserUnlock = "user.unlock";

    /// <summary>An account deleted.</summary>
    public const string UserDelete = "user.delete";

    /// <summary>A one-time link to set a password made (the old password stops working).</summary>
    public const string UserLink = "user.link";

    /// <summary>A user changed their own password.</summary>
    public const string PasswordChange = "user.password";

    /// <summary>A password set through a one-time link.</summary>
    public const string PasswordSet = "user.password-set";

    /// <summary>A personal API token made.</summary>
    public const string TokenCreate = "token.create";

    /// <summary>A personal API token revoked.</summary>
    public const string TokenRevoke = "token.revoke";

    /// <summary>A failed sign-in.</summary>
    public const string SignInFailure = "signin.failure";

    /// <summary>An account locked by repeated failed sign-ins.</summary>
    public const string SignInLockout = "signin.lockout";

    /// <summary>A programme's progress report saved from the form or the API.</summary>
    public const string ProgressReport = "progress.report";

    /// <summary>An agency's progress workbook imported.</summary>
    public const string ProgressImport = "progress.import";

    /// <summary>A region's progress settings (status list, weighting) changed.</summary>
    public const string ProgressSettings = "progress.settings";

    /// <summary>An evidence file attached to a progress report.</summary>
    public const string EvidenceUpload = "progress.evidence";
}
