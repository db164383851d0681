using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Platform.Kernel.Formatting;
using ServiceDesk.Calendar;
using ServiceDesk.Persistence;

namespace ServiceDesk.Reports;

/// <summary>The monthly report of one tenant (inside its tenant filter) or of all tenants (staff, across tenants).</summary>
/// <remarks>Reading 100 000 incidents and their status changes through EF materialisation cost more than the report itself, so
/// the two hot queries are plain ADO.NET commands on the context's connection (ordinal reads, table and column names from the
/// EF model, parameters through the model's type mappings, so SQLite's TEXT GUIDs and tick dates are bound as EF binds them).
/// They keep the tenant filter's semantics: a tenant's report puts its TenantId in the WHERE of both queries, and reads nothing
/// when the context's tenant is another one. First the status changes of the month's incidents (from the events' covering
/// index), then the incidents with their titles in one pass. The clocks need working-time arithmetic, so they are computed here.</remarks>
internal sealed class ReportService(ServiceDeskDbContext db, ITenantStore tenants, ClockPolicyProvider policies, TimeProvider clock)
{
    /// <summary>The authorization policy of the monthly reports: agents any tenant or all, a tenant admin only their own.</summary>
    public const string ReadersPolicy = "ServiceDesk.ReportReaders";

    /// <summary>What a report is about, as its title says it: the tenant's name, or all local governments.</summary>
    public static string ScopeName(TenantInfo? tenant) => tenant?.Name ?? "Alle lokale besturen";

    /// <param name="tenant">One tenant, or null = all tenants (callers must restrict that to staff).</param>
    /// <param name="crossTenant">Staff reading another tenant than the request's: filter by id instead of the tenant filter.</param>
    public async Task<MonthlyReportFigures> BuildAsync(TenantInfo? tenant, int year, int month, CancellationToken ct, bool crossTenant = false)
    {
        var (localStart, localEnd) = MonthlyReport.MonthBounds(year, month, Dutch.Brussels);
        // PostgreSQL (timestamptz) only takes UTC parameters.
        var (start, end) = (localStart.ToUniversalTime(), localEnd.ToUniversalTime());
        var ignoreFilter = tenant is null || crossTenant;
        var policy = await policies.GetAsync(ct);
        // The tenant filter compares with the context's tenant: inside it, another tenant's report reads nothing.
        if (!ignoreFilter && db.CurrentTenantId != tenant!.Id)
            return MonthlyReport.Build(year, month, policy, [], clock.GetUtcNow());

        List<ReportIncident> rows;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var sql = new Sql(db);
            var i = sql.Incidents;
            string InMonth(string alias) =>
                $"{alias}{i.Col("ReportedAt")} >= @start AND {alias}{i.Col("ReportedAt")} < @end"
                + (tenant is null ? "" : $" AND {alias}{i.Col("TenantId")} = @tenant");
            var changes = await StatusChangesAsync(sql, InMonth, start, end, tenant, ct);
            rows = await IncidentsAsync(sql, InMonth, changes, start, end, tenant, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        return MonthlyReport.Build(year, month, policy, rows, clock.GetUtcNow());
    }

    /// <summary>The status changes of the month's incidents, by incident, from the events' covering index.</summary>
    private static async Task<Dictionary<Guid, List<StatusChange>>> StatusChangesAsync(
        Sql sql, Func<string, string> inMonth, DateTimeOffset start, DateTimeOffset end, TenantInfo? tenant, CancellationToken ct)
    {
        var changes = new Dictionary<Guid, List<StatusChange>>();
        var i = sql.Incidents;
        var e = sql.Events;
        await using var history = sql.Command(
            $"SELECT e.{e.Col("IncidentId")}, e.{e.Col("At")}, e.{e.Col("Status")} FROM {e.Name} AS e " +
            $"INNER JOIN {i.Name} AS i ON e.{e.Col("IncidentId")} = i.{i.Col("Id")} " +
            $"WHERE e.{e.Col("Kind")} = @kind AND e.{e.Col("Status")} IS NOT NULL AND {inMonth("i.")}" +
            (tenant is null ? "" : $" AND e.{e.Col("TenantId")} = @tenant"));
        sql.Parameters(history, start, end, tenant);
        history.Parameters.Add(e.Parameter(history, "Kind", "@kind", IncidentEventKind.StatusChanged));
        await using var reader = await history.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = sql.ReadGuid(reader, 0);
            if (!changes.TryGetValue(id, out var list)) changes[id] = list = [];
            list.Add(new StatusChange(sql.ReadInstant(reader, 1), (IncidentStatus)reader.GetInt32(2)));
        }
        return changes;
    }

    /// <summary>The month's incidents with their titles and clock facts, in one pass.</summary>
    private async Task<List<ReportIncident>> IncidentsAsync(Sql sql, Func<string, string> inMonth,
        Dictionary<Guid, List<StatusChange>> changes, DateTimeOffset start, DateTimeOffset end, TenantInfo? tenant, CancellationToken ct)
    {
        var rows = new List<ReportIncident>();
        var i = sql.Incidents;
        var names = new Dictionary<Guid, string>();
        await using var incidents = sql.Command(
            $"SELECT {i.Col("Id")}, {i.Col("Number")}, {i.Col("TenantId")}, {i.Col("Title")}, {i.Col("ReportedAt")}, " +
            $"{i.Col("Priority")}, {i.Col("AnsweredAt")} FROM {i.Name} WHERE " + inMonth(""));
        sql.Parameters(incidents, start, end, tenant);
        await using var reader = await incidents.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            var id = sql.ReadGuid(reader, 0);
            var tenantId = sql.ReadGuid(reader, 2);
            if (!names.TryGetValue(tenantId, out var name))
                names[tenantId] = name = (await tenants.FindByIdAsync(tenantId, ct))?.Identifier ?? tenantId.ToString();
            DateTimeOffset? answeredAt = reader.IsDBNull(6) ? null : sql.ReadInstant(reader, 6);
            rows.Add(new ReportIncident(id, reader.GetString(1), name, reader.GetString(3), new IncidentClockFacts(
                sql.ReadInstant(reader, 4), (Priority)reader.GetInt32(5), answeredAt,
                changes.TryGetValue(id, out var list) ? list : [])));
        }
        return rows;
    }

    public static bool ValidMonth(int year, int month) => year is >= 2000 and <= 2100 && month is >= 1 and <= 12;

    /// <summary>SQL text and values for the report's two commands, from the EF model of this context's provider.</summary>
    private sealed class Sql(ServiceDeskDbContext db)
    {
        private readonly bool sqlite = db.Database.IsSqlite();
        public Table Incidents { get; } = new(db.Model.FindEntityType(typeof(Incident))!, db.GetService<ISqlGenerationHelper>());

        public Table Events { get; } = new(db.Model.FindEntityType(typeof(IncidentEvent))!, db.GetService<ISqlGenerationHelper>());

        public DbCommand Command(string text)
        {
            var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = text;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            return command;
        }

        public void Parameters(DbCommand command, DateTimeOffset start, DateTimeOffset end, TenantInfo? tenant)
        {
            command.Parameters.Add(Incidents.Parameter(command, "ReportedAt", "@start", start));
            command.Parameters.Add(Incidents.Parameter(command, "ReportedAt", "@end", end));
            if (tenant is not null) command.Parameters.Add(Incidents.Parameter(command, "TenantId", "@tenant", tenant.Id));
        }

        /// <summary>SQLite stores GUIDs as TEXT and instants as UTC ticks (the kernel's converter); PostgreSQL natively.</summary>
        public Guid ReadGuid(DbDataReader reader, int ordinal) =>
            sqlite ? Guid.Parse(reader.GetString(ordinal)) : reader.GetGuid(ordinal);

        public DateTimeOffset ReadInstant(DbDataReader reader, int ordinal) =>
            sqlite ? new DateTimeOffset(reader.GetInt64(ordinal), TimeSpan.Zero) : reader.GetFieldValue<DateTimeOffset>(ordinal);
    }

    private sealed class Table(IEntityType type, ISqlGenerationHelper helper)
    {
        private readonly StoreObjectIdentifier store = StoreObjectIdentifier.Table(type.GetTableName()!, type.GetSchema());

        public string Name => helper.DelimitIdentifier(type.GetTableName()!, type.GetSchema());

        public string Col(string property) => helper.DelimitIdentifier(type.FindProperty(property)!.GetColumnName(store)!);

        public DbParameter Parameter(DbCommand command, string property, string name, object value) =>
            type.FindProperty(property)!.GetRelationalTypeMapping().CreateParameter(command, name, value, nullable: false);
    }
}
