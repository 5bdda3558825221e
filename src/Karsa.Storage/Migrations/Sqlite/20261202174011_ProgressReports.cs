using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgressReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
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

            migrationBuilder.CreateIndex(
                name: "IX_progress_evidence_RegionCode_PlanVersion_ProgrammeCode_FiscalYear",
                table: "progress_evidence",
                columns: new[] { "RegionCode", "PlanVersion", "ProgrammeCode", "FiscalYear" });

            migrationBuilder.CreateIndex(
                name: "IX_progress_reports_RegionCode_PlanVersion_ProgrammeCode_FiscalYear",
                table: "progress_reports",
                columns: new[] { "RegionCode", "PlanVersion", "ProgrammeCode", "FiscalYear" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "progress_evidence");

            migrationBuilder.DropTable(
                name: "progress_milestones");

            migrationBuilder.DropTable(
                name: "progress_realised");

            migrationBuilder.DropTable(
                name: "progress_reports");
        }
    }
}
