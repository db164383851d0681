using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HealthChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ForTenantId",
                table: "status_subscribers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AutoResolve",
                table: "status_components",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AutomaticIncidents",
                table: "status_components",
                type: "TEXT",
                maxLength: 10,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.CreateTable(
                name: "status_automatic_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecoveredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_automatic_incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_automatic_incidents_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_health_checks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Target = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    Method = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ExpectedStatus = table.Column<int>(type: "INTEGER", nullable: false),
                    BodyContains = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ExpectedAddress = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    TimeoutMs = table.Column<int>(type: "INTEGER", nullable: false),
                    DegradedAboveMs = table.Column<int>(type: "INTEGER", nullable: true),
                    IntervalSeconds = table.Column<int>(type: "INTEGER", nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailureThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    RecoveryThreshold = table.Column<int>(type: "INTEGER", nullable: false),
                    NextDueAt = table.Column<long>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastOutcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    Streak = table.Column<int>(type: "INTEGER", nullable: false),
                    LastRunAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LastLatencyMs = table.Column<int>(type: "INTEGER", nullable: true),
                    LastMessage = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RolledUpUntil = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_health_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_health_checks_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_health_check_results",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    LatencyMs = table.Column<int>(type: "INTEGER", nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_health_check_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_health_check_results_status_health_checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "status_health_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_health_check_rollups",
                columns: table => new
                {
                    CheckId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Hour = table.Column<long>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Failures = table.Column<int>(type: "INTEGER", nullable: false),
                    Degraded = table.Column<int>(type: "INTEGER", nullable: false),
                    AvgLatencyMs = table.Column<double>(type: "REAL", nullable: false),
                    P95LatencyMs = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_health_check_rollups", x => new { x.CheckId, x.Hour });
                    table.ForeignKey(
                        name: "FK_status_health_check_rollups_status_health_checks_CheckId",
                        column: x => x.CheckId,
                        principalTable: "status_health_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_automatic_incidents_ComponentId_Active",
                table: "status_automatic_incidents",
                columns: new[] { "ComponentId", "Active" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_health_check_results_At",
                table: "status_health_check_results",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_status_health_check_results_CheckId_At",
                table: "status_health_check_results",
                columns: new[] { "CheckId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_status_health_check_rollups_Hour",
                table: "status_health_check_rollups",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_status_health_checks_ComponentId",
                table: "status_health_checks",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_health_checks_Enabled_NextDueAt",
                table: "status_health_checks",
                columns: new[] { "Enabled", "NextDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_automatic_incidents");

            migrationBuilder.DropTable(
                name: "status_health_check_results");

            migrationBuilder.DropTable(
                name: "status_health_check_rollups");

            migrationBuilder.DropTable(
                name: "status_health_checks");

            migrationBuilder.DropColumn(
                name: "ForTenantId",
                table: "status_subscribers");

            migrationBuilder.DropColumn(
                name: "AutoResolve",
                table: "status_components");

            migrationBuilder.DropColumn(
                name: "AutomaticIncidents",
                table: "status_components");
        }
    }
}
