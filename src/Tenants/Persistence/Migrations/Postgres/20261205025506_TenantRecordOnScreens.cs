using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Tenants.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class TenantRecordOnScreens : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Role",
                schema: "tenants",
                table: "invitations",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                defaultValue: "TenantAdmin");

            migrationBuilder.AddColumn<DateOnly>(
                name: "PublishedOn",
                schema: "tenants",
                table: "inhabitant_counts",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "StatusSubscribed",
                schema: "tenants",
                table: "contacts",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "previous_slugs",
                schema: "tenants",
                columns: table => new
                {
                    Slug = table.Column<string>(type: "character varying(63)", maxLength: 63, nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_previous_slugs", x => x.Slug);
                });

            migrationBuilder.CreateIndex(
                name: "IX_previous_slugs_TenantId",
                schema: "tenants",
                table: "previous_slugs",
                column: "TenantId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "previous_slugs",
                schema: "tenants");

            migrationBuilder.DropColumn(
                name: "Role",
                schema: "tenants",
                table: "invitations");

            migrationBuilder.DropColumn(
                name: "PublishedOn",
                schema: "tenants",
                table: "inhabitant_counts");

            migrationBuilder.DropColumn(
                name: "StatusSubscribed",
                schema: "tenants",
                table: "contacts");
        }
    }
}
