using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Billing.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "billing");

            migrationBuilder.CreateTable(
                name: "invoice_runs",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StartedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Prepared = table.Column<int>(type: "integer", nullable: false),
                    AlreadyExisting = table.Column<int>(type: "integer", nullable: false),
                    NotDue = table.Column<int>(type: "integer", nullable: false),
                    NeedsAttention = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invoices",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    CustomerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CustomerKbo = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    CustomerStreet = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CustomerPostalCode = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    CustomerCity = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Inhabitants = table.Column<int>(type: "integer", nullable: false),
                    TierNumber = table.Column<int>(type: "integer", nullable: false),
                    TierName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AnnualFee = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Months = table.Column<int>(type: "integer", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PeriodStart = table.Column<DateOnly>(type: "date", nullable: false),
                    PeriodEnd = table.Column<DateOnly>(type: "date", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    NumberYear = table.Column<int>(type: "integer", nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: true),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    InvoiceDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Communication = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: true),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    PaidOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CreditedAmount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    OutsideReference = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "issued_numbers",
                schema: "billing",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Communication = table.Column<string>(type: "character(12)", fixedLength: true, maxLength: 12, nullable: true),
                    DocumentId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_issued_numbers", x => new { x.Kind, x.Year, x.Sequence });
                });

            migrationBuilder.CreateTable(
                name: "number_counters",
                schema: "billing",
                columns: table => new
                {
                    Kind = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_number_counters", x => new { x.Kind, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "pdfs",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    FileName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_pdfs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "price_change_notices",
                schema: "billing",
                columns: table => new
                {
                    EffectiveYear = table.Column<int>(type: "integer", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_price_change_notices", x => new { x.EffectiveYear, x.TenantId });
                });

            migrationBuilder.CreateTable(
                name: "price_list",
                schema: "billing",
                columns: table => new
                {
                    EffectiveYear = table.Column<int>(type: "integer", nullable: false),
                    TiersJson = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    EnteredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    EnteredBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_price_list", x => x.EffectiveYear);
                });

            migrationBuilder.CreateTable(
                name: "invoice_run_lines",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Outcome = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invoice_run_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_invoice_run_lines_invoice_runs_RunId",
                        column: x => x.RunId,
                        principalSchema: "billing",
                        principalTable: "invoice_runs",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "credit_notes",
                schema: "billing",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    InvoiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    NumberYear = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IssuedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IssuedBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_credit_notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_credit_notes_invoices_InvoiceId",
                        column: x => x.InvoiceId,
                        principalSchema: "billing",
                        principalTable: "invoices",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_credit_notes_InvoiceId",
                schema: "billing",
                table: "credit_notes",
                column: "InvoiceId");

            migrationBuilder.CreateIndex(
                name: "IX_credit_notes_TenantId",
                schema: "billing",
                table: "credit_notes",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_credit_notes_TenantId_InvoiceId",
                schema: "billing",
                table: "credit_notes",
                columns: new[] { "TenantId", "InvoiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_credit_notes_TenantId_Number",
                schema: "billing",
                table: "credit_notes",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoice_run_lines_RunId",
                schema: "billing",
                table: "invoice_run_lines",
                column: "RunId");

            migrationBuilder.CreateIndex(
                name: "IX_invoice_runs_StartedAt",
                schema: "billing",
                table: "invoice_runs",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_TenantId",
                schema: "billing",
                table: "invoices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_invoices_TenantId_Number",
                schema: "billing",
                table: "invoices",
                columns: new[] { "TenantId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoices_TenantId_Year",
                schema: "billing",
                table: "invoices",
                columns: new[] { "TenantId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_invoices_Year_Status",
                schema: "billing",
                table: "invoices",
                columns: new[] { "Year", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_issued_numbers_Communication",
                schema: "billing",
                table: "issued_numbers",
                column: "Communication",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issued_numbers_DocumentId",
                schema: "billing",
                table: "issued_numbers",
                column: "DocumentId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_issued_numbers_Number",
                schema: "billing",
                table: "issued_numbers",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_pdfs_TenantId",
                schema: "billing",
                table: "pdfs",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "credit_notes",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoice_run_lines",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "issued_numbers",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "number_counters",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "pdfs",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "price_change_notices",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "price_list",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoices",
                schema: "billing");

            migrationBuilder.DropTable(
                name: "invoice_runs",
                schema: "billing");
        }
    }
}
