using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgressSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "progress_settings",
                columns: table => new
                {
                    RegionCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Statuses = table.Column<string>(type: "text", nullable: false),
                    WeightBasis = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Weights = table.Column<string>(type: "text", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Revision = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_progress_settings", x => x.RegionCode);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "progress_settings");
        }
    }
}
