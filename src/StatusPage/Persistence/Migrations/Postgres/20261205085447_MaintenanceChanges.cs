using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MaintenanceChanges : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "MonthlyReport",
                schema: "statuspage",
                table: "status_subscribers",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "CancelledAt",
                schema: "statuspage",
                table: "status_maintenance",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ChangedAt",
                schema: "statuspage",
                table: "status_maintenance",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Sequence",
                schema: "statuspage",
                table: "status_maintenance",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<string>(
                name: "ReportCause",
                schema: "statuspage",
                table: "status_incidents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportImpact",
                schema: "statuspage",
                table: "status_incidents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ReportMeasures",
                schema: "statuspage",
                table: "status_incidents",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "ReportPublishedAt",
                schema: "statuspage",
                table: "status_incidents",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "status_incident_templates",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ComponentIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incident_templates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_templates_Name",
                schema: "statuspage",
                table: "status_incident_templates",
                column: "Name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_incident_templates",
                schema: "statuspage");

            migrationBuilder.DropColumn(
                name: "MonthlyReport",
                schema: "statuspage",
                table: "status_subscribers");

            migrationBuilder.DropColumn(
                name: "CancelledAt",
                schema: "statuspage",
                table: "status_maintenance");

            migrationBuilder.DropColumn(
                name: "ChangedAt",
                schema: "statuspage",
                table: "status_maintenance");

            migrationBuilder.DropColumn(
                name: "Sequence",
                schema: "statuspage",
                table: "status_maintenance");

            migrationBuilder.DropColumn(
                name: "ReportCause",
                schema: "statuspage",
                table: "status_incidents");

            migrationBuilder.DropColumn(
                name: "ReportImpact",
                schema: "statuspage",
                table: "status_incidents");

            migrationBuilder.DropColumn(
                name: "ReportMeasures",
                schema: "statuspage",
                table: "status_incidents");

            migrationBuilder.DropColumn(
                name: "ReportPublishedAt",
                schema: "statuspage",
                table: "status_incidents");
        }
    }
}
