using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HealthChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ForTenantId",
                schema: "statuspage",
                table: "status_subscribers",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "AutoResolve",
                schema: "statuspage",
                table: "status_components",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "AutomaticIncidents",
                schema: "statuspage",
                table: "status_components",
                type: "character varying(10)",
                maxLength: 10,
                nullable: false,
                defaultValue: "Draft");

            migrationBuilder.CreateTable(
                name: "status_automatic_incidents",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OpenedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecoveredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Summary = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_automatic_incidents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_automatic_incidents_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalSchema: "statuspage",
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_health_checks",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Target = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Method = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExpectedStatus = table.Column<int>(type: "integer", nullable: false),
                    BodyContains = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ExpectedAddress = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    TimeoutMs = table.Column<int>(type: "integer", nullable: false),
                    DegradedAboveMs = table.Column<int>(type: "integer", nullable: true),
                    IntervalSeconds = table.Column<int>(type: "integer", nullable: false),
                    Enabled = table.Column<bool>(type: "boolean", nullable: false),
                    FailureThreshold = table.Column<int>(type: "integer", nullable: false),
                    RecoveryThreshold = table.Column<int>(type: "integer", nullable: false),
                    NextDueAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastOutcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Streak = table.Column<int>(type: "integer", nullable: false),
                    LastRunAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LastLatencyMs = table.Column<int>(type: "integer", nullable: true),
                    LastMessage = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RolledUpUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_health_checks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_health_checks_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalSchema: "statuspage",
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_health_check_results",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LatencyMs = table.Column<int>(type: "integer", nullable: false),
                    Message = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_health_check_results", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_health_check_results_status_health_checks_CheckId",
                        column: x => x.CheckId,
                        principalSchema: "statuspage",
                        principalTable: "status_health_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_health_check_rollups",
                schema: "statuspage",
                columns: table => new
                {
                    CheckId = table.Column<Guid>(type: "uuid", nullable: false),
                    Hour = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Count = table.Column<int>(type: "integer", nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    Degraded = table.Column<int>(type: "integer", nullable: false),
                    AvgLatencyMs = table.Column<double>(type: "double precision", nullable: false),
                    P95LatencyMs = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_health_check_rollups", x => new { x.CheckId, x.Hour });
                    table.ForeignKey(
                        name: "FK_status_health_check_rollups_status_health_checks_CheckId",
                        column: x => x.CheckId,
                        principalSchema: "statuspage",
                        principalTable: "status_health_checks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_automatic_incidents_ComponentId_Active",
                schema: "statuspage",
                table: "status_automatic_incidents",
                columns: new[] { "ComponentId", "Active" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_health_check_results_At",
                schema: "statuspage",
                table: "status_health_check_results",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_status_health_check_results_CheckId_At",
                schema: "statuspage",
                table: "status_health_check_results",
                columns: new[] { "CheckId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_status_health_check_rollups_Hour",
                schema: "statuspage",
                table: "status_health_check_rollups",
                column: "Hour");

            migrationBuilder.CreateIndex(
                name: "IX_status_health_checks_ComponentId",
                schema: "statuspage",
                table: "status_health_checks",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_health_checks_Enabled_NextDueAt",
                schema: "statuspage",
                table: "status_health_checks",
                columns: new[] { "Enabled", "NextDueAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_automatic_incidents",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_health_check_results",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_health_check_rollups",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_health_checks",
                schema: "statuspage");

            migrationBuilder.DropColumn(
                name: "ForTenantId",
                schema: "statuspage",
                table: "status_subscribers");

            migrationBuilder.DropColumn(
                name: "AutoResolve",
                schema: "statuspage",
                table: "status_components");

            migrationBuilder.DropColumn(
                name: "AutomaticIncidents",
                schema: "statuspage",
                table: "status_components");
        }
    }
}
