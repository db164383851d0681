using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ServiceReportMailings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "service_report_mailings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    RecipientName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecipientEmail = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    ToServiceDeliveryManager = table.Column<bool>(type: "INTEGER", nullable: true),
                    SkipReason = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LastAttemptAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ResendRequestedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ResendRequestedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: true),
                    ClaimToken = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_service_report_mailings", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_service_report_mailings_Status",
                table: "service_report_mailings",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_service_report_mailings_TenantId",
                table: "service_report_mailings",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_service_report_mailings_TenantId_Month",
                table: "service_report_mailings",
                columns: new[] { "TenantId", "Month" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "service_report_mailings");
        }
    }
}
