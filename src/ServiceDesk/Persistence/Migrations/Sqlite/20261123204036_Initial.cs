using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "clock_policies",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    P1ResponseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P1ResolutionMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P2ResponseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P2ResolutionMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P3ResponseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P3ResolutionMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P4ResponseMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    P4ResolutionMinutes = table.Column<int>(type: "INTEGER", nullable: false),
                    PausingStatuses = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clock_policies", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "closing_days",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AddedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AddedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closing_days", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: false),
                    Urgency = table.Column<int>(type: "INTEGER", nullable: false),
                    Impact = table.Column<int>(type: "INTEGER", nullable: false),
                    Priority = table.Column<int>(type: "INTEGER", nullable: false),
                    PriorityOverrideReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    AffectedFeature = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Channel = table.Column<int>(type: "INTEGER", nullable: false),
                    ReportedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ReporterUserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReporterName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReporterEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AssigneeName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    FirstPublicReplyAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporter_seats",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Seat = table.Column<int>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    PendingEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    TakenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporter_seats", x => x.Id);
                    table.CheckConstraint("ck_reporter_seats_seat", "\"Seat\" BETWEEN 1 AND 3");
                });

            migrationBuilder.CreateTable(
                name: "sla_warnings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Clock = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AssigneeId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    UploadedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachments_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    ActorId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ActorName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: true),
                    From = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "TEXT", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_events_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "clock_policies",
                columns: new[] { "Name", "P1ResolutionMinutes", "P1ResponseMinutes", "P2ResolutionMinutes", "P2ResponseMinutes", "P3ResolutionMinutes", "P3ResponseMinutes", "P4ResolutionMinutes", "P4ResponseMinutes", "PausingStatuses" },
                values: new object[] { "contract", 480, 120, 2400, 240, 9600, 480, 14400, 480, "" });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_IncidentId",
                table: "attachments",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_TenantId",
                table: "attachments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_events_IncidentId_At",
                table: "incident_events",
                columns: new[] { "IncidentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_incident_events_TenantId",
                table: "incident_events",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status",
                table: "incidents",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId",
                table: "incidents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_ReportedAt",
                table: "incidents",
                columns: new[] { "TenantId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporter_seats_TenantId",
                table: "reporter_seats",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_reporter_seats_TenantId_Seat",
                table: "reporter_seats",
                columns: new[] { "TenantId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporter_seats_TenantId_UserId",
                table: "reporter_seats",
                columns: new[] { "TenantId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sla_warnings_IncidentId_Clock_Kind",
                table: "sla_warnings",
                columns: new[] { "IncidentId", "Clock", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments");

            migrationBuilder.DropTable(
                name: "clock_policies");

            migrationBuilder.DropTable(
                name: "closing_days");

            migrationBuilder.DropTable(
                name: "incident_events");

            migrationBuilder.DropTable(
                name: "reporter_seats");

            migrationBuilder.DropTable(
                name: "sla_warnings");

            migrationBuilder.DropTable(
                name: "incidents");
        }
    }
}
