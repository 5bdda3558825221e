using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MonitoringAndEvaluation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Language",
                table: "users",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "evaluation_cycles",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 400, nullable: false),
                    TitleEnglish = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    WeightPreset = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ScaleMinimum = table.Column<decimal>(type: "TEXT", nullable: false),
                    ScaleMaximum = table.Column<decimal>(type: "TEXT", nullable: false),
                    ScaleDecimals = table.Column<int>(type: "INTEGER", nullable: false),
                    WeightBaseline = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeightOutput = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeightOutcome = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeightImpact = table.Column<decimal>(type: "TEXT", nullable: false),
                    WeightQuickWin = table.Column<decimal>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_cycles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "indicator_catalogues",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    loaded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    loaded_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_indicator_catalogues", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "notifications",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    TextId = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    TextEn = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Link = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    ReadAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_notifications", x => x.Id);
                    table.ForeignKey(
                        name: "FK_notifications_users_UserId",
                        column: x => x.UserId,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_evidence",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_evidence", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "progress_reports",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    PlanVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    StatusKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 9, scale: 4, nullable: false),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ReportedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporting_periods",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Opens = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Due = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReminderDays = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporting_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", nullable: false),
                    Explanation = table.Column<string>(type: "TEXT", nullable: true),
                    Evidence = table.Column<string>(type: "TEXT", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_answers_evaluation_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "evaluation_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_findings",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TextEnglish = table.Column<string>(type: "TEXT", nullable: true),
                    EvaluationDimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    SmartCityDimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_findings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_findings_evaluation_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "evaluation_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_questions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    TextEnglish = table.Column<string>(type: "TEXT", nullable: true),
                    EvaluationDimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SmartCityDimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    Weight = table.Column<decimal>(type: "TEXT", nullable: false),
                    Guidance = table.Column<string>(type: "TEXT", nullable: true),
                    GuidanceEnglish = table.Column<string>(type: "TEXT", nullable: true),
                    Prefill = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_questions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_questions_evaluation_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "evaluation_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_results",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<long>(type: "INTEGER", nullable: false),
                    FiscalYear = table.Column<int>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Overall = table.Column<decimal>(type: "TEXT", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_results_evaluation_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "evaluation_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_scores",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CycleId = table.Column<long>(type: "INTEGER", nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Score = table.Column<decimal>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Source = table.Column<string>(type: "TEXT", nullable: true),
                    SourceEnglish = table.Column<string>(type: "TEXT", nullable: true),
                    SourceShare = table.Column<decimal>(type: "TEXT", nullable: true),
                    ScoredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ScoredAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_scores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_evaluation_scores_evaluation_cycles_CycleId",
                        column: x => x.CycleId,
                        principalTable: "evaluation_cycles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_milestones",
                columns: table => new
                {
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Position = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Planned = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Actual = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_milestones", x => new { x.ReportId, x.Position });
                    table.ForeignKey(
                        name: "FK_progress_milestones_progress_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "progress_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "progress_realised",
                columns: table => new
                {
                    ReportId = table.Column<long>(type: "INTEGER", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Amount = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_realised", x => new { x.ReportId, x.Source });
                    table.ForeignKey(
                        name: "FK_progress_realised_progress_reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "progress_reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reminders_sent",
                columns: table => new
                {
                    id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    period_id = table.Column<long>(type: "INTEGER", nullable: false),
                    user_id = table.Column<string>(type: "TEXT", maxLength: 450, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    days_before_due = table.Column<int>(type: "INTEGER", nullable: false),
                    sent_at = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminders_sent", x => x.id);
                    table.ForeignKey(
                        name: "FK_reminders_sent_reporting_periods_period_id",
                        column: x => x.period_id,
                        principalTable: "reporting_periods",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_reminders_sent_users_user_id",
                        column: x => x.user_id,
                        principalTable: "users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "evaluation_result_indices",
                columns: table => new
                {
                    ResultId = table.Column<long>(type: "INTEGER", nullable: false),
                    Family = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Dimension = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Index = table.Column<decimal>(type: "TEXT", nullable: false),
                    Questions = table.Column<int>(type: "INTEGER", nullable: false),
                    Unanswered = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_evaluation_result_indices", x => new { x.ResultId, x.Family, x.Dimension });
                    table.ForeignKey(
                        name: "FK_evaluation_result_indices_evaluation_results_ResultId",
                        column: x => x.ResultId,
                        principalTable: "evaluation_results",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_answers_CycleId_RegionCode_QuestionCode",
                table: "evaluation_answers",
                columns: new[] { "CycleId", "RegionCode", "QuestionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_cycles_FiscalYear",
                table: "evaluation_cycles",
                column: "FiscalYear");

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_findings_CycleId_RegionCode_Position",
                table: "evaluation_findings",
                columns: new[] { "CycleId", "RegionCode", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_questions_CycleId_Code",
                table: "evaluation_questions",
                columns: new[] { "CycleId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_results_CycleId_RegionCode",
                table: "evaluation_results",
                columns: new[] { "CycleId", "RegionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_results_RegionCode_FiscalYear",
                table: "evaluation_results",
                columns: new[] { "RegionCode", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_evaluation_scores_CycleId_RegionCode_QuestionCode",
                table: "evaluation_scores",
                columns: new[] { "CycleId", "RegionCode", "QuestionCode" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ux_indicator_catalogues_scope",
                table: "indicator_catalogues",
                column: "scope",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_notifications_UserId_ReadAt_Id",
                table: "notifications",
                columns: new[] { "UserId", "ReadAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_evidence_RegionCode_PlanVersion_ProgrammeCode_FiscalYear",
                table: "progress_evidence",
                columns: new[] { "RegionCode", "PlanVersion", "ProgrammeCode", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_RegionCode_PlanVersion_ProgrammeCode_FiscalYear",
                table: "progress_reports",
                columns: new[] { "RegionCode", "PlanVersion", "ProgrammeCode", "FiscalYear" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminders_sent_period_id_user_id_days_before_due",
                table: "reminders_sent",
                columns: new[] { "period_id", "user_id", "days_before_due" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reminders_sent_user_id",
                table: "reminders_sent",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_periods_Due",
                table: "reporting_periods",
                column: "Due");

            migrationBuilder.CreateIndex(
                name: "IX_reporting_periods_RegionCode_FiscalYear_Name",
                table: "reporting_periods",
                columns: new[] { "RegionCode", "FiscalYear", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "evaluation_answers");

            migrationBuilder.DropTable(
                name: "evaluation_findings");

            migrationBuilder.DropTable(
                name: "evaluation_questions");

            migrationBuilder.DropTable(
                name: "evaluation_result_indices");

            migrationBuilder.DropTable(
                name: "evaluation_scores");

            migrationBuilder.DropTable(
                name: "indicator_catalogues");

            migrationBuilder.DropTable(
                name: "notifications");

            migrationBuilder.DropTable(
                name: "progress_evidence");

            migrationBuilder.DropTable(
                name: "progress_milestones");

            migrationBuilder.DropTable(
                name: "progress_realised");

            migrationBuilder.DropTable(
                name: "reminders_sent");

            migrationBuilder.DropTable(
                name: "evaluation_results");

            migrationBuilder.DropTable(
                name: "progress_reports");

            migrationBuilder.DropTable(
                name: "reporting_periods");

            migrationBuilder.DropTable(
                name: "evaluation_cycles");

            migrationBuilder.DropColumn(
                name: "Language",
                table: "users");
        }
    }
}
