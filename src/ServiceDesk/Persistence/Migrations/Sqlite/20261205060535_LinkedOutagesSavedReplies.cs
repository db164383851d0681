using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LinkedOutagesSavedReplies : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "saved_replies",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_saved_replies", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_incident_events_report",
                table: "incident_events",
                columns: new[] { "IncidentId", "Kind", "At", "Status", "TenantId" });

            migrationBuilder.CreateIndex(
                name: "IX_saved_replies_Name",
                table: "saved_replies",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "saved_replies");

            migrationBuilder.DropIndex(
                name: "IX_incident_events_report",
                table: "incident_events");
        }
    }
}
