using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ExportAndErasure : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dp_erasures",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Choice = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ScheduledFor = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExportId = table.Column<Guid>(type: "uuid", nullable: true),
                    CancelledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CancelledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ExecutedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Summary = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: true),
                    Certificate = table.Column<byte[]>(type: "bytea", nullable: true),
                    CertificateRecipients = table.Column<int>(type: "integer", nullable: false),
                    Claim = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_erasures", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_export_downloads",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExportId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_export_downloads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_exports",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RequestedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Done = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<int>(type: "integer", nullable: false),
                    Step = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Bytes = table.Column<long>(type: "bigint", nullable: true),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Claim = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_exports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dp_erasures_Status_ScheduledFor",
                schema: "dataprotection",
                table: "dp_erasures",
                columns: new[] { "Status", "ScheduledFor" });

            migrationBuilder.CreateIndex(
                name: "IX_dp_erasures_TenantId",
                schema: "dataprotection",
                table: "dp_erasures",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_export_downloads_ExportId",
                schema: "dataprotection",
                table: "dp_export_downloads",
                column: "ExportId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_export_downloads_TenantId",
                schema: "dataprotection",
                table: "dp_export_downloads",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_exports_Status",
                schema: "dataprotection",
                table: "dp_exports",
                column: "Status");

            migrationBuilder.CreateIndex(
                name: "IX_dp_exports_TenantId",
                schema: "dataprotection",
                table: "dp_exports",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_erasures",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_export_downloads",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_exports",
                schema: "dataprotection");
        }
    }
}
