using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ServiceDesk.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class OutageLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "outage_deliveries",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdateId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outage_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outage_deliveries_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "servicedesk",
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outage_links",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusIncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    LinkedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LinkedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outage_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_outage_links_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "servicedesk",
                        principalTable: "incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "outage_updates",
                schema: "servicedesk",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    StatusIncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Publish = table.Column<bool>(type: "boolean", nullable: false),
                    PublishedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_outage_updates", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_IncidentId",
                schema: "servicedesk",
                table: "outage_deliveries",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_TenantId",
                schema: "servicedesk",
                table: "outage_deliveries",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_TenantId_UpdateId_IncidentId",
                schema: "servicedesk",
                table: "outage_deliveries",
                columns: new[] { "TenantId", "UpdateId", "IncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outage_deliveries_UpdateId",
                schema: "servicedesk",
                table: "outage_deliveries",
                column: "UpdateId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_IncidentId",
                schema: "servicedesk",
                table: "outage_links",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_StatusIncidentId",
                schema: "servicedesk",
                table: "outage_links",
                column: "StatusIncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_TenantId",
                schema: "servicedesk",
                table: "outage_links",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_outage_links_TenantId_IncidentId",
                schema: "servicedesk",
                table: "outage_links",
                columns: new[] { "TenantId", "IncidentId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_outage_updates_StatusIncidentId_At",
                schema: "servicedesk",
                table: "outage_updates",
                columns: new[] { "StatusIncidentId", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "outage_deliveries",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "outage_links",
                schema: "servicedesk");

            migrationBuilder.DropTable(
                name: "outage_updates",
                schema: "servicedesk");
        }
    }
}
