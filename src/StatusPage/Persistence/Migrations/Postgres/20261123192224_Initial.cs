using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.EnsureSchema(
                name: "statuspage");

            migrationBuilder.CreateTable(
                name: "status_audit",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: true),
                    Action = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    EntityId = table.Column<Guid>(type: "uuid", nullable: false),
                    Details = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_events",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Key = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: true),
                    MaintenanceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ComponentIds = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DispatchedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_incidents",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ResolvedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_maintenance",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    ScheduledStart = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ScheduledEnd = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    AnnouncedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    StartedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CompletedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_maintenance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_notifications",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    RecipientId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Channel = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_products",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Slug = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_subscribers",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Token = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConfirmedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UnsubscribedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_subscribers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_webhooks",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Url = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: true),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Description = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    DisabledAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_webhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_incident_updates",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incident_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_incident_updates_status_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "statuspage",
                        principalTable: "status_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_components",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ProductId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Group = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: true),
                    SortOrder = table.Column<int>(type: "integer", nullable: false),
                    ManualStatus = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    TrackedSince = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_components", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_components_status_products_ProductId",
                        column: x => x.ProductId,
                        principalSchema: "statuspage",
                        principalTable: "status_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_webhook_deliveries",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WebhookId = table.Column<Guid>(type: "uuid", nullable: false),
                    EventId = table.Column<Guid>(type: "uuid", nullable: false),
                    Attempt = table.Column<int>(type: "integer", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    StatusCode = table.Column<int>(type: "integer", nullable: true),
                    Succeeded = table.Column<bool>(type: "boolean", nullable: false),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    DurationMs = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_webhook_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_webhook_deliveries_status_webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalSchema: "statuspage",
                        principalTable: "status_webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_incident_impacts",
                schema: "statuspage",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    IncidentId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Level = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Start = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    End = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incident_impacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_incident_impacts_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalSchema: "statuspage",
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_status_incident_impacts_status_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalSchema: "statuspage",
                        principalTable: "status_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_maintenance_components",
                schema: "statuspage",
                columns: table => new
                {
                    MaintenanceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ComponentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_maintenance_components", x => new { x.MaintenanceId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_status_maintenance_components_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalSchema: "statuspage",
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_status_maintenance_components_status_maintenance_Maintenanc~",
                        column: x => x.MaintenanceId,
                        principalSchema: "statuspage",
                        principalTable: "status_maintenance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_audit_At",
                schema: "statuspage",
                table: "status_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_status_audit_EntityId",
                schema: "statuspage",
                table: "status_audit",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_status_components_ProductId",
                schema: "statuspage",
                table: "status_components",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_At",
                schema: "statuspage",
                table: "status_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_DispatchedAt",
                schema: "statuspage",
                table: "status_events",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_Key",
                schema: "statuspage",
                table: "status_events",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_impacts_ComponentId_Start",
                schema: "statuspage",
                table: "status_incident_impacts",
                columns: new[] { "ComponentId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_impacts_IncidentId",
                schema: "statuspage",
                table: "status_incident_impacts",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_updates_IncidentId",
                schema: "statuspage",
                table: "status_incident_updates",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_incidents_ResolvedAt",
                schema: "statuspage",
                table: "status_incidents",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_status_incidents_StartedAt",
                schema: "statuspage",
                table: "status_incidents",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_status_maintenance_ScheduledStart",
                schema: "statuspage",
                table: "status_maintenance",
                column: "ScheduledStart");

            migrationBuilder.CreateIndex(
                name: "IX_status_maintenance_components_ComponentId",
                schema: "statuspage",
                table: "status_maintenance_components",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_notifications_RecipientId_EventId",
                schema: "statuspage",
                table: "status_notifications",
                columns: new[] { "RecipientId", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_products_Slug",
                schema: "statuspage",
                table: "status_products",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_subscribers_Email",
                schema: "statuspage",
                table: "status_subscribers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_status_subscribers_Token",
                schema: "statuspage",
                table: "status_subscribers",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_webhook_deliveries_WebhookId_EventId",
                schema: "statuspage",
                table: "status_webhook_deliveries",
                columns: new[] { "WebhookId", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_audit",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_events",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_incident_impacts",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_incident_updates",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_maintenance_components",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_notifications",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_subscribers",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_webhook_deliveries",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_incidents",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_components",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_maintenance",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_webhooks",
                schema: "statuspage");

            migrationBuilder.DropTable(
                name: "status_products",
                schema: "statuspage");
        }
    }
}
