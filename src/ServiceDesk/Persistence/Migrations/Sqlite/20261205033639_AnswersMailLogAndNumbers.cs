using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AnswersMailLogAndNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "FirstPublicReplyAt",
                table: "incidents",
                newName: "AnsweredAt");

            migrationBuilder.AddColumn<string>(
                name: "Number",
                table: "incidents",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "incident_mails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MessageId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DeliveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    NextAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_mails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_mails_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_number_series",
                columns: table => new
                {
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Last = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_number_series", x => x.Year);
                });

            // Numbers for the incidents recorded before numbering: per year of recording, in recording order. Times are UTC
            // ticks; Brussels is UTC+1 at every new year, so the year is that of the UTC time plus one hour.
            migrationBuilder.Sql("""
                UPDATE incidents SET "Number" = (
                    SELECT 'MBP-' || numbered.y || '-' || printf('%05d', numbered.n) FROM (
                        SELECT "Id", strftime('%Y', ("RecordedAt" - 621355968000000000) / 10000000 + 3600, 'unixepoch') AS y,
                               ROW_NUMBER() OVER (PARTITION BY strftime('%Y', ("RecordedAt" - 621355968000000000) / 10000000 + 3600, 'unixepoch')
                                                  ORDER BY "RecordedAt", "Id") AS n
                        FROM incidents) AS numbered
                    WHERE numbered."Id" = incidents."Id");
                INSERT INTO incident_number_series ("Year", "Last")
                SELECT CAST(strftime('%Y', ("RecordedAt" - 621355968000000000) / 10000000 + 3600, 'unixepoch') AS INTEGER), COUNT(*)
                FROM incidents GROUP BY 1;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Number",
                table: "incidents",
                column: "Number");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_Number",
                table: "incidents",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_DeliveredAt",
                table: "incident_mails",
                column: "DeliveredAt");

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_IncidentId",
                table: "incident_mails",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_TenantId",
                table: "incident_mails",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_mails_TenantId_IncidentId_Key",
                table: "incident_mails",
                columns: new[] { "TenantId", "IncidentId", "Key" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "incident_mails");

            migrationBuilder.DropTable(
                name: "incident_number_series");

            migrationBuilder.DropIndex(
                name: "IX_incidents_Number",
                table: "incidents");

            migrationBuilder.DropIndex(
                name: "IX_incidents_TenantId_Number",
                table: "incidents");

            migrationBuilder.DropColumn(
                name: "Number",
                table: "incidents");

            migrationBuilder.RenameColumn(
                name: "AnsweredAt",
                table: "incidents",
                newName: "FirstPublicReplyAt");
        }
    }
}
