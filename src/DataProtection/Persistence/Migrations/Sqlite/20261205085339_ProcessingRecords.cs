using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ProcessingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dp_access_log",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<long>(type: "INTEGER", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Resource = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_access_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Until = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    SubmittedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReviewedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReturnReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_subject_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Reference = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Channel = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    LoggedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    LoggedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    ForwardedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Recipients = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    ToDpo = table.Column<bool>(type: "INTEGER", nullable: false),
                    MailSubject = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    MailBody = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    AnsweredAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_subject_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_assignment_components",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TenantId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Component = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Categories = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    DataSubjects = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_assignment_components", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dp_assignment_components_dp_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalTable: "dp_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dp_access_log_TenantId",
                table: "dp_access_log",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_access_log_TenantId_At",
                table: "dp_access_log",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignment_components_AssignmentId",
                table: "dp_assignment_components",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignment_components_TenantId",
                table: "dp_assignment_components",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignments_TenantId",
                table: "dp_assignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignments_TenantId_Version",
                table: "dp_assignments",
                columns: new[] { "TenantId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_subject_requests_TenantId_Reference",
                table: "dp_subject_requests",
                columns: new[] { "TenantId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_subject_requests_TenantId",
                table: "dp_subject_requests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_subject_requests_TenantId_ReceivedAt",
                table: "dp_subject_requests",
                columns: new[] { "TenantId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_access_log");

            migrationBuilder.DropTable(
                name: "dp_assignment_components");

            migrationBuilder.DropTable(
                name: "dp_subject_requests");

            migrationBuilder.DropTable(
                name: "dp_assignments");
        }
    }
}
