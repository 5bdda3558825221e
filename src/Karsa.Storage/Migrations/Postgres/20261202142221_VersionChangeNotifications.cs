using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Karsa.Storage.Migrations.Postgres
{
    /// <summary>
    /// Every change to a plan version notifies the channel <c>karsa_versions</c> with its region code
    /// when its transaction commits (<c>*</c> on a truncate), so web servers can keep version heads in
    /// memory (<see cref="Heads.VersionChangeFeed"/>). PostgreSQL only; no table changes.
    /// </summary>
    public partial class VersionChangeNotifications : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE OR REPLACE FUNCTION karsa_notify_version_change() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF TG_OP = 'TRUNCATE' THEN
                        PERFORM pg_notify('karsa_versions', '*');
                    ELSIF TG_OP = 'DELETE' THEN
                        PERFORM pg_notify('karsa_versions', OLD."RegionCode");
                    ELSE
                        PERFORM pg_notify('karsa_versions', NEW."RegionCode");
                        IF TG_OP = 'UPDATE' AND OLD."RegionCode" <> NEW."RegionCode" THEN
                            PERFORM pg_notify('karsa_versions', OLD."RegionCode");
                        END IF;
                    END IF;
                    RETURN NULL;
                END
                $$;
                CREATE TRIGGER plan_versions_notify AFTER INSERT OR UPDATE OR DELETE ON plan_versions
                    FOR EACH ROW EXECUTE FUNCTION karsa_notify_version_change();
                CREATE TRIGGER plan_versions_truncate_notify AFTER TRUNCATE ON plan_versions
                    FOR EACH STATEMENT EXECUTE FUNCTION karsa_notify_version_change();
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER IF EXISTS plan_versions_truncate_notify ON plan_versions;
                DROP TRIGGER IF EXISTS plan_versions_notify ON plan_versions;
                DROP FUNCTION IF EXISTS karsa_notify_version_change();
                """);
        }
    }
}
