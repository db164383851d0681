using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Platform.Tests.Infrastructure;
using ServiceDesk.Intake;

namespace Platform.Tests.ServiceDesk;

/// <summary>Two hosts on one PostgreSQL database import the same Dovecot inbox at the same time: every mail becomes exactly
/// one incident (the claim by mailbox, UIDVALIDITY and UID decides), and every mail ends in the processed folder.</summary>
[Collection(OwnHostsCollection.Name)]
public sealed class MailIntakeNodesTests
{
    [SkippableFact]
    public async Task Two_hosts_importing_the_same_inbox_at_once_make_each_mail_one_incident()
    {
        Skip.If(string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "Multi-node tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        using var imap = await ImapServer.StartAsync();
        using var smtp = await SmtpServer.StartAsync();
        using var nodes = new Nodes(2, new Dictionary<string, string?>([.. imap.AppSettings, .. smtp.AppSettings]));
        nodes.Start();
        var api = nodes[0].Api();
        var tenant = await api.CreateTenantAsync("intake");
        var reporter = await api.CreateUserAsync("Reporter", tenant.Slug);
        const int count = 12;
        for (var i = 0; i < count; i++)
            await imap.AppendAsync(MailIntakeTests.Mail(reporter.Email, $"Melding {i:00}", $"Tekst {i}."), DateTimeOffset.UtcNow.AddMinutes(-5));

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => RunAsync(nodes[i % 2])));
        Assert.All(runs, r => Assert.Null(r.Error));
        Assert.Equal(count, runs.Sum(r => r.Imported));
        Assert.Equal(count, await nodes.CountAsync("SELECT count(*) FROM servicedesk.incidents"));
        Assert.Equal(count, await nodes.CountAsync("SELECT count(DISTINCT \"Title\") FROM servicedesk.incidents"));
        Assert.Equal(count, await nodes.CountAsync("SELECT count(*) FROM servicedesk.imported_mails"));
        Assert.Equal(0, await imap.CountAsync());
        Assert.Equal(count, await imap.CountAsync(ImapServer.ProcessedFolder));
        Assert.Equal(count, smtp.To(reporter.Email).Count); // one acknowledgement per incident, none twice
    }

    [SkippableFact]
    public async Task When_the_database_is_unavailable_the_mail_stays_in_the_inbox_and_is_imported_when_it_is_back()
    {
        Skip.If(string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString), "Needs PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        using var imap = await ImapServer.StartAsync();
        using var smtp = await SmtpServer.StartAsync();
        using var nodes = new Nodes(1, new Dictionary<string, string?>([.. imap.AppSettings, .. smtp.AppSettings]));
        nodes.Start();
        var api = nodes[0].Api();
        var tenant = await api.CreateTenantAsync("dbdown");
        var reporter = await api.CreateUserAsync("Reporter", tenant.Slug);
        await imap.AppendAsync(MailIntakeTests.Mail(reporter.Email, "Terwijl de databank plat lag", "Tekst."), DateTimeOffset.UtcNow.AddMinutes(-1));

        var database = new NpgsqlConnectionStringBuilder(nodes.ConnectionString).Database!;
        await AdminAsync($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS false");
        await AdminAsync($"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = '{database}'");
        NpgsqlConnection.ClearAllPools();
        try
        {
            var down = await RunAsync(nodes[0]);
            Assert.NotNull(down.Error);
            Assert.Equal(0, down.Imported);
            Assert.Equal(1, await imap.CountAsync());
        }
        finally
        {
            await AdminAsync($"ALTER DATABASE \"{database}\" WITH ALLOW_CONNECTIONS true");
        }

        var back = await RunAsync(nodes[0]);
        Assert.Null(back.Error);
        Assert.Equal(1, back.Imported);
        Assert.Equal(0, await imap.CountAsync());
        Assert.Equal(1, await nodes.CountAsync("SELECT count(*) FROM servicedesk.incidents"));
    }

    private static async Task AdminAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<MailIntakeJob.Run> RunAsync(NodeApp node)
    {
        await Task.Yield();
        await using var scope = node.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MailIntakeJob>().RunAsync(CancellationToken.None);
    }
}
