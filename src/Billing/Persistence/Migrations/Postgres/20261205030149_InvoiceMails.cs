using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Billing.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvoiceMails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "invoice_mails",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "integer", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    QueuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    QueuedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "bigint", nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    DeliveredTo = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Refused = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    UblAttached = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_mails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tenant_sending",
                schema: "billing",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SendByMail = table.Column<bool>(type: "boolean", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tenant_sending", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_BatchId",
                schema: "billing",
                table: "invoice_mails",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_DocumentId_Round",
                schema: "billing",
                table: "invoice_mails",
                columns: new[] { "DocumentId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_InvoiceId",
                schema: "billing",
                table: "invoice_mails",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_State_QueuedAt",
                schema: "billing",
                table: "invoice_mails",
                columns: new[] { "State", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "invoice_mails",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "tenant_sending",
                schema: "billing");
        }
    }
}
