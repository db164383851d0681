using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ServiceReportMailings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_report_mailings",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    RecipientName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RecipientEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: true),
                    ToServiceDeliveryManager = table.Column<bool>(type: "boolean", nullable: true),
                    SkipReason = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LastAttemptAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ResendRequestedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ResendRequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimedUntil = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_report_mailings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_report_mailings_Status",
                schema: "servicedesk",
                table: "service_report_mailings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_service_report_mailings_TenantId",
                schema: "servicedesk",
                table: "service_report_mailings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_service_report_mailings_TenantId_Month",
                schema: "servicedesk",
                table: "service_report_mailings",
                columns: new[] { "TenantId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_report_mailings",
                schema: "servicedesk");
        }
    }
}
