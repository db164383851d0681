using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace StatusPage.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "status_audit",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    EntityId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Details = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_audit", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    MaintenanceId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ComponentIds = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DispatchedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_incidents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ResolvedAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incidents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_maintenance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    ScheduledStart = table.Column<long>(type: "INTEGER", nullable: false),
                    ScheduledEnd = table.Column<long>(type: "INTEGER", nullable: false),
                    AnnouncedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    StartedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CompletedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_maintenance", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    RecipientId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_products",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Slug = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_products", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_subscribers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConfirmedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    UnsubscribedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_subscribers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_webhooks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Url = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ProtectedSecret = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Description = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    ConsecutiveFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    DisabledAt = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_webhooks", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "status_incident_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Message = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    AuthorId = table.Column<Guid>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incident_updates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_incident_updates_status_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "status_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_components",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProductId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 120, nullable: false),
                    Group = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    ManualStatus = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    TrackedSince = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_components", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_components_status_products_ProductId",
                        column: x => x.ProductId,
                        principalTable: "status_products",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_webhook_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WebhookId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Attempt = table.Column<int>(type: "INTEGER", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    StatusCode = table.Column<int>(type: "INTEGER", nullable: true),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Error = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DurationMs = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_webhook_deliveries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_webhook_deliveries_status_webhooks_WebhookId",
                        column: x => x.WebhookId,
                        principalTable: "status_webhooks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_incident_impacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    IncidentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Start = table.Column<long>(type: "INTEGER", nullable: false),
                    End = table.Column<long>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_incident_impacts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_status_incident_impacts_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_status_incident_impacts_status_incidents_IncidentId",
                        column: x => x.IncidentId,
                        principalTable: "status_incidents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "status_maintenance_components",
                columns: table => new
                {
                    MaintenanceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ComponentId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_status_maintenance_components", x => new { x.MaintenanceId, x.ComponentId });
                    table.ForeignKey(
                        name: "FK_status_maintenance_components_status_components_ComponentId",
                        column: x => x.ComponentId,
                        principalTable: "status_components",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_status_maintenance_components_status_maintenance_MaintenanceId",
                        column: x => x.MaintenanceId,
                        principalTable: "status_maintenance",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_status_audit_At",
                table: "status_audit",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_status_audit_EntityId",
                table: "status_audit",
                column: "EntityId");

            migrationBuilder.CreateIndex(
                name: "IX_status_components_ProductId",
                table: "status_components",
                column: "ProductId");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_At",
                table: "status_events",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_DispatchedAt",
                table: "status_events",
                column: "DispatchedAt");

            migrationBuilder.CreateIndex(
                name: "IX_status_events_Key",
                table: "status_events",
                column: "Key",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_impacts_ComponentId_Start",
                table: "status_incident_impacts",
                columns: new[] { "ComponentId", "Start" });

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_impacts_IncidentId",
                table: "status_incident_impacts",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_incident_updates_IncidentId",
                table: "status_incident_updates",
                column: "IncidentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_incidents_ResolvedAt",
                table: "status_incidents",
                column: "ResolvedAt");

            migrationBuilder.CreateIndex(
                name: "IX_status_incidents_StartedAt",
                table: "status_incidents",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_status_maintenance_ScheduledStart",
                table: "status_maintenance",
                column: "ScheduledStart");

            migrationBuilder.CreateIndex(
                name: "IX_status_maintenance_components_ComponentId",
                table: "status_maintenance_components",
                column: "ComponentId");

            migrationBuilder.CreateIndex(
                name: "IX_status_notifications_RecipientId_EventId",
                table: "status_notifications",
                columns: new[] { "RecipientId", "EventId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_products_Slug",
                table: "status_products",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_subscribers_Email",
                table: "status_subscribers",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_status_subscribers_Token",
                table: "status_subscribers",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_status_webhook_deliveries_WebhookId_EventId",
                table: "status_webhook_deliveries",
                columns: new[] { "WebhookId", "EventId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "status_audit");

            migrationBuilder.DropTable(
                name: "status_events");

            migrationBuilder.DropTable(
                name: "status_incident_impacts");

            migrationBuilder.DropTable(
                name: "status_incident_updates");

            migrationBuilder.DropTable(
                name: "status_maintenance_components");

            migrationBuilder.DropTable(
                name: "status_notifications");

            migrationBuilder.DropTable(
                name: "status_subscribers");

            migrationBuilder.DropTable(
                name: "status_webhook_deliveries");

            migrationBuilder.DropTable(
                name: "status_incidents");

            migrationBuilder.DropTable(
                name: "status_components");

            migrationBuilder.DropTable(
                name: "status_maintenance");

            migrationBuilder.DropTable(
                name: "status_webhooks");

            migrationBuilder.DropTable(
                name: "status_products");
        }
    }
}
