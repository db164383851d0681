using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ComponentFeatureKeys : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "FeatureKeys",
                table: "status_components",
                type: "TEXT",
                maxLength: 400,
                nullable: false,
                defaultValue: "");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "FeatureKeys",
                table: "status_components");
        }
    }
}
