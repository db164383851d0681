using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Billing.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InvoiceSettlement : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Settlement",
                table: "invoices",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "Open");

            // Back-fill with the rule of Settlements.Of, in whole cents (amounts are TEXT on SQLite; numeric(12,2) fits a double exactly in cents).
            migrationBuilder.Sql("""
                UPDATE invoices SET Settlement = CASE
                    WHEN ROUND(CAST(Amount AS REAL) * 100) - ROUND(CAST(CreditedAmount AS REAL) * 100) <= 0 THEN 'Credited'
                    WHEN ROUND(CAST(Amount AS REAL) * 100) - ROUND(CAST(CreditedAmount AS REAL) * 100) - ROUND(CAST(PaidAmount AS REAL) * 100) <= 0 THEN 'Paid'
                    WHEN ROUND(CAST(PaidAmount AS REAL) * 100) > 0 THEN 'PartiallyPaid'
                    ELSE 'Open' END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Settlement",
                table: "invoices");
        }
    }
}
