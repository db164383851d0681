using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tenants.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TenantRecordOnScreens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Role",
                table: "invitations",
                type: "TEXT",
                maxLength: 40,
                nullable: false,
                defaultValue: "TenantAdmin");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                table: "inhabitant_counts",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StatusSubscribed",
                table: "contacts",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "previous_slugs",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "TEXT", maxLength: 63, nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_previous_slugs", x => x.Slug);
                });

            migrationBuilder.CreateIndex(
                name: "IX_previous_slugs_TenantId",
                table: "previous_slugs",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "previous_slugs");

            migrationBuilder.DropColumn(
                name: "Role",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                table: "inhabitant_counts");

            migrationBuilder.DropColumn(
                name: "StatusSubscribed",
                table: "contacts");
        }
    }
}
