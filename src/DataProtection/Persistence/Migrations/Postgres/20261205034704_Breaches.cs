using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Breaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dp_breach_impacts",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    Categories = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    ApproximateCount = table.Column<int>(type: "integer", nullable: false),
                    NotifiedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_breach_impacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_breach_updates",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    BreachId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_breach_updates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_breaches",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Nature = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MeasuresTaken = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    MeasuresProposed = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    LessonsLearned = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_breaches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dp_breach_impacts_TenantId",
                schema: "dataprotection",
                table: "dp_breach_impacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_breach_impacts_TenantId_BreachId",
                schema: "dataprotection",
                table: "dp_breach_impacts",
                columns: new[] { "TenantId", "BreachId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_breach_updates_BreachId",
                schema: "dataprotection",
                table: "dp_breach_updates",
                column: "BreachId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_breach_impacts",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_breach_updates",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_breaches",
                schema: "dataprotection");
        }
    }
}
