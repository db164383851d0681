using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_incidents_report",
                schema: "servicedesk",
                table: "incidents",
                columns: new[] { "TenantId", "ReportedAt", "Id", "Number", "Priority", "AnsweredAt", "Title" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_incidents_report",
                schema: "servicedesk",
                table: "incidents");
        }
    }
}
