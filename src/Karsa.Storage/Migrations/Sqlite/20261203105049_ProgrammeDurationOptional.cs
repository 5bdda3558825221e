using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProgrammeDurationOptional : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // EF Core rebuilds a SQLite table only after a migration's other operations, too late to turn the old 0
            // ("not known") into null; so the rebuild is written here as EF Core writes it, copying 0 as null.
            migrationBuilder.Sql("""
                CREATE TABLE "ef_temp_programmes" (
                    "Id" INTEGER NOT NULL CONSTRAINT "PK_programmes" PRIMARY KEY AUTOINCREMENT,
                    "Code" TEXT NOT NULL,
                    "Dimension" TEXT NOT NULL,
                    "DurationYears" INTEGER NULL,
                    "Element" TEXT NOT NULL,
                    "LeadAgency" TEXT NOT NULL,
                    "Mandatory" INTEGER NOT NULL,
                    "Name" TEXT NOT NULL,
                    "PlanVersionId" INTEGER NOT NULL,
                    "QuickWinCandidate" INTEGER NOT NULL,
                    "TotalCost" INTEGER NOT NULL,
                    CONSTRAINT "FK_programmes_plan_versions_PlanVersionId" FOREIGN KEY ("PlanVersionId") REFERENCES "plan_versions" ("Id") ON DELETE CASCADE
                );
                INSERT INTO "ef_temp_programmes" ("Id", "Code", "Dimension", "DurationYears", "Element", "LeadAgency", "Mandatory", "Name", "PlanVersionId", "QuickWinCandidate", "TotalCost")
                SELECT "Id", "Code", "Dimension", NULLIF("DurationYears", 0), "Element", "LeadAgency", "Mandatory", "Name", "PlanVersionId", "QuickWinCandidate", "TotalCost"
                FROM "programmes";
                """);
            migrationBuilder.Sql("PRAGMA foreign_keys = 0;", suppressTransaction: true);
            migrationBuilder.Sql("""
                DROP TABLE "programmes";
                ALTER TABLE "ef_temp_programmes" RENAME TO "programmes";
                """);
            migrationBuilder.Sql("PRAGMA foreign_keys = 1;", suppressTransaction: true);
            migrationBuilder.Sql("""
                CREATE INDEX "IX_programmes_Dimension_Element" ON "programmes" ("Dimension", "Element");
                CREATE UNIQUE INDEX "IX_programmes_PlanVersionId_Code" ON "programmes" ("PlanVersionId", "Code");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            // The rebuild copies null as 0 (IFNULL with the default).
            migrationBuilder.AlterColumn<int>(
                name: "DurationYears",
                table: "programmes",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0,
                oldClrType: typeof(int),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
