using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Sqlite
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
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Statuses = table.Column<string>(type: "TEXT", nullable: false),
                    WeightBasis = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Weights = table.Column<string>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
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
