using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ComponentFeatureKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeatureKeys",
                schema: "statuspage",
                table: "status_components",
                type: "character varying(400)",
                maxLength: 400,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeatureKeys",
                schema: "statuspage",
                table: "status_components");
        }
    }
}
