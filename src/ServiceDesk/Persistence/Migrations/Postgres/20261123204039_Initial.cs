using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "servicedesk");

            migrationBuilder.CreateTable(
                name: "clock_policies",
                schema: "servicedesk",
                columns: table => new
                {
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    P1ResponseMinutes = table.Column<int>(type: "integer", nullable: false),
                    P1ResolutionMinutes = table.Column<int>(type: "integer", nullable: false),
                    P2ResponseMinutes = table.Column<int>(type: "integer", nullable: false),
                    P2ResolutionMinutes = table.Column<int>(type: "integer", nullable: false),
                    P3ResponseMinutes = table.Column<int>(type: "integer", nullable: false),
                    P3ResolutionMinutes = table.Column<int>(type: "integer", nullable: false),
                    P4ResponseMinutes = table.Column<int>(type: "integer", nullable: false),
                    P4ResolutionMinutes = table.Column<int>(type: "integer", nullable: false),
                    PausingStatuses = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_clock_policies", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "closing_days",
                schema: "servicedesk",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AddedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AddedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_closing_days", x => x.Date);
                });

            migrationBuilder.CreateTable(
                name: "incidents",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: false),
                    Urgency = table.Column<int>(type: "integer", nullable: false),
                    Impact = table.Column<int>(type: "integer", nullable: false),
                    Priority = table.Column<int>(type: "integer", nullable: false),
                    PriorityOverrideReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AffectedFeature = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    Channel = table.Column<int>(type: "integer", nullable: false),
                    ReportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ReporterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReporterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReporterEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssigneeName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    FirstPublicReplyAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reporter_seats",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Seat = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    PendingEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    TakenAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reporter_seats", x => x.Id);
                    table.CheckConstraint("ck_reporter_seats_seat", "\"Seat\" BETWEEN 1 AND 3");
                });

            migrationBuilder.CreateTable(
                name: "sla_warnings",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Clock = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AssigneeId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sla_warnings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "attachments",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(255)", maxLength: 255, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Size = table.Column<long>(type: "bigint", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_attachments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_attachments_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "servicedesk",
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "incident_events",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    ActorId = table.Column<Guid>(type: "uuid", nullable: true),
                    ActorName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: true),
                    From = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    To = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Text = table.Column<string>(type: "character varying(10000)", maxLength: 10000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_incident_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_incident_events_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "servicedesk",
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                schema: "servicedesk",
                table: "clock_policies",
                columns: new[] { "Name", "P1ResolutionMinutes", "P1ResponseMinutes", "P2ResolutionMinutes", "P2ResponseMinutes", "P3ResolutionMinutes", "P3ResponseMinutes", "P4ResolutionMinutes", "P4ResponseMinutes", "PausingStatuses" },
                values: new object[] { "contract", 480, 120, 2400, 240, 9600, 480, 14400, 480, "" });

            migrationBuilder.CreateIndex(
                name: "IX_attachments_IncidentId",
                schema: "servicedesk",
                table: "attachments",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_attachments_TenantId",
                schema: "servicedesk",
                table: "attachments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incident_events_IncidentId_At",
                schema: "servicedesk",
                table: "incident_events",
                columns: new[] { "IncidentId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_incident_events_TenantId",
                schema: "servicedesk",
                table: "incident_events",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_Status",
                schema: "servicedesk",
                table: "incidents",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId",
                schema: "servicedesk",
                table: "incidents",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_incidents_TenantId_ReportedAt",
                schema: "servicedesk",
                table: "incidents",
                columns: new[] { "TenantId", "ReportedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_reporter_seats_TenantId",
                schema: "servicedesk",
                table: "reporter_seats",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_reporter_seats_TenantId_Seat",
                schema: "servicedesk",
                table: "reporter_seats",
                columns: new[] { "TenantId", "Seat" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_reporter_seats_TenantId_UserId",
                schema: "servicedesk",
                table: "reporter_seats",
                columns: new[] { "TenantId", "UserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_sla_warnings_IncidentId_Clock_Kind",
                schema: "servicedesk",
                table: "sla_warnings",
                columns: new[] { "IncidentId", "Clock", "Kind" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "attachments",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "clock_policies",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "closing_days",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "incident_events",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "reporter_seats",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "sla_warnings",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "incidents",
                schema: "servicedesk");
        }
    }
}
