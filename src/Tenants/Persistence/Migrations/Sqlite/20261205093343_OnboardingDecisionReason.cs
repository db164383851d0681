using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tenants.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OnboardingDecisionReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DecisionReason",
                table: "onboarding_requests",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "DecisionReason",
                table: "onboarding_requests");
        }
    }
}
