using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "dataprotection");

            migrationBuilder.CreateTable(
                name: "dp_change_notices",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    SentAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ToDpo = table.Column<bool>(type: "boolean", nullable: false),
                    Subject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_change_notices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_charter_versions",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_charter_versions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_objections",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChangeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reason = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    FiledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FiledBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Settlement = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SettlementNote = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    SettledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    SettledBy = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_objections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_planned_changes",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnnouncedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EffectiveOn = table.Column<DateOnly>(type: "date", nullable: false),
                    AnnouncedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Service = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    InEea = table.Column<bool>(type: "boolean", nullable: false),
                    TransferBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ReplacesId = table.Column<Guid>(type: "uuid", nullable: true),
                    CharterVersion = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Summary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_planned_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_sub_processors",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Details = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Service = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InEea = table.Column<bool>(type: "boolean", nullable: false),
                    TransferBasis = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Since = table.Column<DateOnly>(type: "date", nullable: false),
                    Until = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_sub_processors", x => x.Id);
                });

            migrationBuilder.InsertData(
                schema: "dataprotection",
                table: "dp_charter_versions",
                columns: new[] { "Id", "EffectiveOn", "Summary", "Version" },
                values: new object[] { new Guid("0193a9f0-0000-7000-8000-000000000002"), new DateOnly(2022, 1, 28), "Verwerkingscharter versie 3.0 van 28/01/2022.", "3.0" });

            migrationBuilder.InsertData(
                schema: "dataprotection",
                table: "dp_sub_processors",
                columns: new[] { "Id", "Details", "InEea", "Location", "Name", "Service", "Since", "TransferBasis", "Until" },
                values: new object[] { new Guid("0193a9f0-0000-7000-8000-000000000001"), "Vennootschap naar Belgisch recht, ondernemingsnummer 0458.085.765, statutaire zetel Veldkant 33 bus A, 2550 Kontich, België", true, "België", "CRONOS PUBLIC SERVICES NV", "Ontwikkeling en beheer van de applicatie Mijn Burgerprofiel", new DateOnly(2022, 1, 28), null, null });

            migrationBuilder.CreateIndex(
                name: "IX_dp_change_notices_TenantId",
                schema: "dataprotection",
                table: "dp_change_notices",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_change_notices_TenantId_ChangeId",
                schema: "dataprotection",
                table: "dp_change_notices",
                columns: new[] { "TenantId", "ChangeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_charter_versions_Version",
                schema: "dataprotection",
                table: "dp_charter_versions",
                column: "Version",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_objections_TenantId",
                schema: "dataprotection",
                table: "dp_objections",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_objections_TenantId_ChangeId",
                schema: "dataprotection",
                table: "dp_objections",
                columns: new[] { "TenantId", "ChangeId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_change_notices",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_charter_versions",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_objections",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_planned_changes",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_sub_processors",
                schema: "dataprotection");
        }
    }
}
