using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProgrammeDurationOptional : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<int>(
                name: "DurationYears",
                table: "programmes",
                type: "integer",
                nullable: true,
                oldClrType: typeof(int),
                oldType: "integer");

            // Rows written before this migration said 0 for "not known"; 0 was never a valid duration.
            migrationBuilder.Sql("UPDATE programmes SET \"DurationYears\" = NULL WHERE \"DurationYears\" = 0;");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("UPDATE programmes SET \"DurationYears\" = 0 WHERE \"DurationYears\" IS NULL;");

            migrationBuilder.AlterColumn<int>(
                name: "DurationYears",
                table: "programmes",
                type: "integer",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "integer",
                oldNullable: true);
        }
    }
}
