using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Billing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvoiceMails : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "invoice_mails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DocumentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Round = table.Column<int>(type: "INTEGER", nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    QueuedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    QueuedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    BatchId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ClaimedUntil = table.Column<long>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: true),
                    DeliveredTo = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Refused = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    UblAttached = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_mails", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "tenant_sending",
                columns: table => new
                {
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SendByMail = table.Column<bool>(type: "INTEGER", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ChangedBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_tenant_sending", x => x.TenantId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_BatchId",
                table: "invoice_mails",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_DocumentId_Round",
                table: "invoice_mails",
                columns: new[] { "DocumentId", "Round" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_InvoiceId",
                table: "invoice_mails",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_mails_State_QueuedAt",
                table: "invoice_mails",
                columns: new[] { "State", "QueuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "invoice_mails");

            migrationBuilder.DropTable(
                name: "tenant_sending");
        }
    }
}
