using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class LinkedOutagesSavedReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_replies",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_replies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incident_events_report",
                schema: "servicedesk",
                table: "incident_events",
                columns: new[] { "IncidentId", "Kind", "At", "Status", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_saved_replies_Name",
                schema: "servicedesk",
                table: "saved_replies",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "saved_replies",
                schema: "servicedesk");

            migrationBuilder.DropIndex(
                name: "IX_incident_events_report",
                schema: "servicedesk",
                table: "incident_events");
        }
    }
}
