using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AnswersMailLogAndNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "FirstPublicReplyAt",
                schema: "servicedesk",
                table: "incidents",
                newName: "AnsweredAt");

            migrationBuilder.AddColumn<string>(
                name: "Number",
                schema: "servicedesk",
                table: "incidents",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "incident_mails",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Key = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    To = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    DeliveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    NextAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_mails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_mails_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "servicedesk",
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_number_series",
                schema: "servicedesk",
                columns: table => new
                {
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_number_series", x => x.Year);
                });

            // Numbers for the incidents recorded before numbering: per Brussels year of recording, in recording order.
            migrationBuilder.Sql("""
                WITH numbered AS (
                    SELECT "Id", EXTRACT(YEAR FROM "RecordedAt" AT TIME ZONE 'Europe/Brussels')::int AS y,
                           ROW_NUMBER() OVER (PARTITION BY EXTRACT(YEAR FROM "RecordedAt" AT TIME ZONE 'Europe/Brussels') ORDER BY "RecordedAt", "Id") AS n
                    FROM servicedesk.incidents)
                UPDATE servicedesk.incidents i SET "Number" = 'MBP-' || numbered.y || '-' || lpad(numbered.n::text, 5, '0')
                FROM numbered WHERE i."Id" = numbered."Id";
                INSERT INTO servicedesk.incident_number_series ("Year", "Last")
                SELECT EXTRACT(YEAR FROM "RecordedAt" AT TIME ZONE 'Europe/Brussels')::int, COUNT(*) FROM servicedesk.incidents
                GROUP BY 1;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Number",
                schema: "servicedesk",
                table: "incidents",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_Number",
                schema: "servicedesk",
                table: "incidents",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_DeliveredAt",
                schema: "servicedesk",
                table: "incident_mails",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_IncidentId",
                schema: "servicedesk",
                table: "incident_mails",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_TenantId",
                schema: "servicedesk",
                table: "incident_mails",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_TenantId_IncidentId_Key",
                schema: "servicedesk",
                table: "incident_mails",
                columns: new[] { "TenantId", "IncidentId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incident_mails",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "incident_number_series",
                schema: "servicedesk");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Number",
                schema: "servicedesk",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_TenantId_Number",
                schema: "servicedesk",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "Number",
                schema: "servicedesk",
                table: "incidents");

            migrationBuilder.RenameColumn(
                name: "AnsweredAt",
                schema: "servicedesk",
                table: "incidents",
                newName: "FirstPublicReplyAt");
        }
    }
}
