using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Breaches : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dp_breach_impacts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    ApproximateCount = table.Column<int>(type: "INTEGER", nullable: false),
                    NotifiedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_breach_impacts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_breach_updates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    BreachId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_breach_updates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_breaches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DetectedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    RecordedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Nature = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Consequences = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MeasuresTaken = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    MeasuresProposed = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    LessonsLearned = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_breaches", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dp_breach_impacts_TenantId",
                table: "dp_breach_impacts",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_breach_impacts_TenantId_BreachId",
                table: "dp_breach_impacts",
                columns: new[] { "TenantId", "BreachId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_breach_updates_BreachId",
                table: "dp_breach_updates",
                column: "BreachId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_breach_impacts");

            migrationBuilder.DropTable(
                name: "dp_breach_updates");

            migrationBuilder.DropTable(
                name: "dp_breaches");
        }
    }
}
