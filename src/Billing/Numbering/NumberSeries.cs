using System.Data.Common;
using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Billing.Numbering;

/// <summary>Hands out the next number of a series inside the caller's transaction. The UPDATE takes the counter row's
/// lock (PostgreSQL) or runs under the writer lock taken by BEGIN IMMEDIATE (SQLite), so concurrent issuers queue up;
/// a rollback returns the number, which keeps the series free of gaps.</summary>
internal static class NumberSeries
{
    public static async Task<InvoiceNumber> NextAsync(BillingDbContext db, InvoiceKind kind, int year, CancellationToken ct)
    {
        var transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("A number is handed out only inside the issuing transaction.");
        var table = TableName(db);
        var connection = db.Database.GetDbConnection();
        await using (var insert = Command(connection, transaction,
            $"INSERT INTO {table} (\"Kind\", \"Year\", \"Last\") VALUES (@kind, @year, 0) ON CONFLICT DO NOTHING", kind, year))
            await insert.ExecuteNonQueryAsync(ct);
        await using var update = Command(connection, transaction,
            $"UPDATE {table} SET \"Last\" = \"Last\" + 1 WHERE \"Kind\" = @kind AND \"Year\" = @year RETURNING \"Last\"", kind, year);
        var sequence = Convert.ToInt32(await update.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture);
        return new InvoiceNumber(kind, year, sequence);
    }

    private static string TableName(BillingDbContext db)
    {
        var entity = db.Model.FindEntityType(typeof(NumberCounter))!;
        var schema = entity.GetSchema();
        return schema is null ? $"\"{entity.GetTableName()}\"" : $"\"{schema}\".\"{entity.GetTableName()}\"";
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, InvoiceKind kind, int year)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        Add(command, "@kind", (int)kind);
        Add(command, "@year", year);
        return command;
    }

    private static void Add(DbCommand command, string name, int value)
    {
        var p = command.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        command.Parameters.Add(p);
    }
}
