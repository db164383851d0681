using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dp_change_notices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SentAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ToDpo = table.Column<bool>(type: "INTEGER", nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_change_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_charter_versions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_charter_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_objections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChangeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    FiledAt = table.Column<long>(type: "INTEGER", nullable: false),
                    FiledBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Settlement = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    SettlementNote = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SettledAt = table.Column<long>(type: "INTEGER", nullable: true),
                    SettledBy = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_objections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_planned_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AnnouncedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AnnouncedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Details = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Service = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    InEea = table.Column<bool>(type: "INTEGER", nullable: false),
                    TransferBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ReplacesId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CharterVersion = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_planned_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_sub_processors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Service = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Location = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InEea = table.Column<bool>(type: "INTEGER", nullable: false),
                    TransferBasis = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Since = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_sub_processors", x => x.Id);
                });

            migrationBuilder.InsertData(
                table: "dp_charter_versions",
                columns: new[] { "Id", "EffectiveOn", "Summary", "Version" },
                values: new object[] { new Guid("0193a9f0-0000-7000-8000-000000000002"), new DateOnly(2022, 1, 28), "Verwerkingscharter versie 3.0 van 28/01/2022.", "3.0" });

            migrationBuilder.InsertData(
                table: "dp_sub_processors",
                columns: new[] { "Id", "Details", "InEea", "Location", "Name", "Service", "Since", "TransferBasis", "Until" },
                values: new object[] { new Guid("0193a9f0-0000-7000-8000-000000000001"), "Vennootschap naar Belgisch recht, ondernemingsnummer 0458.085.765, statutaire zetel Veldkant 33 bus A, 2550 Kontich, België", true, "België", "CRONOS PUBLIC SERVICES NV", "Ontwikkeling en beheer van de applicatie Mijn Burgerprofiel", new DateOnly(2022, 1, 28), null, null });

            migrationBuilder.CreateIndex(
                name: "IX_dp_change_notices_TenantId",
                table: "dp_change_notices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_change_notices_TenantId_ChangeId",
                table: "dp_change_notices",
                columns: new[] { "TenantId", "ChangeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_charter_versions_Version",
                table: "dp_charter_versions",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_objections_TenantId",
                table: "dp_objections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_objections_TenantId_ChangeId",
                table: "dp_objections",
                columns: new[] { "TenantId", "ChangeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_change_notices");

            migrationBuilder.DropTable(
                name: "dp_charter_versions");

            migrationBuilder.DropTable(
                name: "dp_objections");

            migrationBuilder.DropTable(
                name: "dp_planned_changes");

            migrationBuilder.DropTable(
                name: "dp_sub_processors");
        }
    }
}
