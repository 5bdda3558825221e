using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StampIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_progress_reports_stamp",
                table: "progress_reports",
                columns: new[] { "RegionCode", "PlanVersion", "Id", "Revision" });

            migrationBuilder.CreateIndex(
                name: "ix_indicator_observations_recorded",
                table: "indicator_observations",
                columns: new[] { "region_code", "recorded_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_progress_reports_stamp",
                table: "progress_reports");

            migrationBuilder.DropIndex(
                name: "ix_indicator_observations_recorded",
                table: "indicator_observations");
        }
    }
}
