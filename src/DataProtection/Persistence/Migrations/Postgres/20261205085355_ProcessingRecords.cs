using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace DataProtection.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ProcessingRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dp_access_log",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    RecordId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Resource = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_access_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_assignments",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    From = table.Column<DateOnly>(type: "date", nullable: true),
                    Until = table.Column<DateOnly>(type: "date", nullable: true),
                    SubmittedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    SubmittedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReviewedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ReviewedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ReturnReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_assignments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_subject_requests",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ReceivedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Channel = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Description = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LoggedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    LoggedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    ForwardedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Recipients = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ToDpo = table.Column<bool>(type: "boolean", nullable: false),
                    MailSubject = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    MailBody = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    AnsweredAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_subject_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dp_assignment_components",
                schema: "dataprotection",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    TenantId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssignmentId = table.Column<Guid>(type: "uuid", nullable: false),
                    Component = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Categories = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    DataSubjects = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Purpose = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dp_assignment_components", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dp_assignment_components_dp_assignments_AssignmentId",
                        column: x => x.AssignmentId,
                        principalSchema: "dataprotection",
                        principalTable: "dp_assignments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dp_access_log_TenantId",
                schema: "dataprotection",
                table: "dp_access_log",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_access_log_TenantId_At",
                schema: "dataprotection",
                table: "dp_access_log",
                columns: new[] { "TenantId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignment_components_AssignmentId",
                schema: "dataprotection",
                table: "dp_assignment_components",
                column: "AssignmentId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignment_components_TenantId",
                schema: "dataprotection",
                table: "dp_assignment_components",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignments_TenantId",
                schema: "dataprotection",
                table: "dp_assignments",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_assignments_TenantId_Version",
                schema: "dataprotection",
                table: "dp_assignments",
                columns: new[] { "TenantId", "Version" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_subject_requests_TenantId_Reference",
                schema: "dataprotection",
                table: "dp_subject_requests",
                columns: new[] { "TenantId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dp_subject_requests_TenantId",
                schema: "dataprotection",
                table: "dp_subject_requests",
                column: "TenantId");

            migrationBuilder.CreateIndex(
                name: "IX_dp_subject_requests_TenantId_ReceivedAt",
                schema: "dataprotection",
                table: "dp_subject_requests",
                columns: new[] { "TenantId", "ReceivedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dp_access_log",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_assignment_components",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_subject_requests",
                schema: "dataprotection");

            migrationBuilder.DropTable(
                name: "dp_assignments",
                schema: "dataprotection");
        }
    }
}
