using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OutageLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outage_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UpdateId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outage_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outage_deliveries_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outage_links",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusIncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LinkedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LinkedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outage_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outage_links_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outage_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    StatusIncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Publish = table.Column<bool>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outage_updates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_IncidentId",
                table: "outage_deliveries",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_TenantId",
                table: "outage_deliveries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_TenantId_UpdateId_IncidentId",
                table: "outage_deliveries",
                columns: new[] { "TenantId", "UpdateId", "IncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_UpdateId",
                table: "outage_deliveries",
                column: "UpdateId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_IncidentId",
                table: "outage_links",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_StatusIncidentId",
                table: "outage_links",
                column: "StatusIncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_TenantId",
                table: "outage_links",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_TenantId_IncidentId",
                table: "outage_links",
                columns: new[] { "TenantId", "IncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outage_updates_StatusIncidentId_At",
                table: "outage_updates",
                columns: new[] { "StatusIncidentId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outage_deliveries");

            migrationBuilder.DropTable(
                name: "outage_links");

            migrationBuilder.DropTable(
                name: "outage_updates");
        }
    }
}
