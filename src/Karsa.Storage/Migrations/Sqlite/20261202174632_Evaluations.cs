using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Evaluations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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
                name: "evaluation_results");

            migrationBuilder.DropTable(
                name: "evaluation_cycles");
        }
    }
}
