using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Billing.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InvoiceSettlement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Settlement",
                schema: "billing",
                table: "invoices",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Open");

            // Back-fill with the rule of Settlements.Of.
            migrationBuilder.Sql("""
                UPDATE billing.invoices SET "Settlement" = CASE
                    WHEN "Amount" - "CreditedAmount" <= 0 THEN 'Credited'
                    WHEN "Amount" - "CreditedAmount" - "PaidAmount" <= 0 THEN 'Paid'
                    WHEN "PaidAmount" > 0 THEN 'PartiallyPaid'
                    ELSE 'Open' END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Settlement",
                schema: "billing",
                table: "invoices");
        }
    }
}
