using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MaintenanceChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MonthlyReport",
                table: "status_subscribers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<long>(
                name: "CancelledAt",
                table: "status_maintenance",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ChangedAt",
                table: "status_maintenance",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                table: "status_maintenance",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReportCause",
                table: "status_incidents",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportImpact",
                table: "status_incidents",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportMeasures",
                table: "status_incidents",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "ReportPublishedAt",
                table: "status_incidents",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "status_incident_templates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ComponentIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incident_templates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_templates_Name",
                table: "status_incident_templates",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_incident_templates");

            migrationBuilder.DropColumn(
                name: "MonthlyReport",
                table: "status_subscribers");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                table: "status_maintenance");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                table: "status_maintenance");

            migrationBuilder.DropColumn(
                name: "Sequence",
                table: "status_maintenance");

            migrationBuilder.DropColumn(
                name: "ReportCause",
                table: "status_incidents");

            migrationBuilder.DropColumn(
                name: "ReportImpact",
                table: "status_incidents");

            migrationBuilder.DropColumn(
                name: "ReportMeasures",
                table: "status_incidents");

            migrationBuilder.DropColumn(
                name: "ReportPublishedAt",
                table: "status_incidents");
        }
    }
}
