using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using MimeKit;
using Npgsql;
using Platform.Tests.Infrastructure;
using Billing.BankStatements;
using Billing.Reminders;

namespace Platform.Tests.Billing;

/// <summary>The daily reminder job through the real app: each test has its own database (the job reads every tenant's
/// invoices), its own clock and, unless it tests the embedded default, a real SMTP server (aiosmtpd).
/// Invoices are issued on 1 June 2026 and due on 1 July 2026; reminders are configured at 3 days, then 7 and 14.</summary>
public abstract class ReminderTests
{
    protected abstract string Provider { get; }

    private static readonly DateOnly Due = new(2026, 7, 1);

    [SkippableFact]
    public async Task An_overdue_invoice_gets_each_dutch_reminder_step_once_over_smtp()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new Contact("Bea Boekhouding", Email("billing"));
        var spoc = new Contact("Sam Spoc", Email("spoc"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing), ("spoc", spoc));

        env.Today(Due.AddDays(2));
        Assert.Equal(new RemindersReport(0, 0), await env.RunAsync());
        Assert.Empty(env.Smtp.Messages());

        env.Today(Due.AddDays(3));
        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());
        var first = Assert.Single(env.Smtp.To(billing.Email));
        Assert.Equal($"Herinnering: factuur {invoice.Number} voor de Mijn Burgerprofiel-app is vervallen", first.Subject);
        Assert.Equal("noreply@burgerprofiel.vlaanderen.be", Assert.Single(first.From.Mailboxes).Address);
        Assert.Equal(billing.Email, Assert.Single(first.To.Mailboxes).Address);
        var text = first.TextBody;
        Assert.StartsWith($"Beste {billing.Name},", text);
        Assert.Contains("€ 3.333,33 met vervaldatum 01/07/2026", text);
        Assert.Contains($"Wil je € 3.333,33 overschrijven naar rekening BE86 3751 1175 0850 van Eigen Vermogen Digitaal Vlaanderen", text);
        Assert.Contains($"met de gestructureerde mededeling {invoice.Ogm}?", text);
        Assert.Matches(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$", invoice.Ogm);
        Assert.DoesNotContain("We ontvingen al", text);
        var pdf = Assert.IsType<MimePart>(Assert.Single(first.Attachments));
        Assert.Equal("application/pdf", pdf.ContentType.MimeType);
        Assert.EndsWith(".pdf", pdf.FileName);
        Assert.StartsWith("%PDF", Decode(pdf));
        Assert.Empty(env.Smtp.To(spoc.Email)); // a billing contact exists, so the SPOC is not bothered

        Assert.Equal(new RemindersReport(0, 0), await env.RunAsync()); // the same day again: nothing
        env.Today(Due.AddDays(3 + 6));
        Assert.Equal(new RemindersReport(0, 0), await env.RunAsync()); // the second step waits 7 days after the first
        env.Today(Due.AddDays(3 + 7));
        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());
        Assert.Equal(new RemindersReport(0, 0), await env.RunAsync());
        Assert.Equal($"2e herinnering: factuur {invoice.Number} voor de Mijn Burgerprofiel-app is vervallen", env.Smtp.To(billing.Email)[1].Subject);

        env.Today(Due.AddDays(3 + 7 + 14));
        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());
        env.Today(Due.AddDays(365));
        Assert.Equal(new RemindersReport(0, 0), await env.RunAsync()); // three steps configured, three sent
        var all = env.Smtp.To(billing.Email);
        Assert.Equal(3, all.Count);
        Assert.Equal($"Laatste herinnering: factuur {invoice.Number} voor de Mijn Burgerprofiel-app is vervallen", all[2].Subject);
        Assert.Equal(3, env.Smtp.Messages().Count);
        Assert.Equal([(1, Due.AddDays(3)), (2, Due.AddDays(10)), (3, Due.AddDays(24))], await env.SentLogAsync(invoice.Id));
    }

    [SkippableFact]
    public async Task A_paid_invoice_gets_no_reminder_and_a_partly_paid_one_asks_for_the_rest()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var paidContact = new Contact("Paula Betaald", Email("paid"));
        var partContact = new Contact("Piet Deels", Email("part"));
        var paid = await env.OverdueInvoiceAsync(("billing", paidContact));
        var part = await env.OverdueInvoiceAsync(("billing", partContact));
        await env.ImportAsync(new CamtBuilder().Credit(paid.Ogm, 3333.33m, bookedOn: Due.AddDays(1)).Credit(part.Ogm, 1000m, bookedOn: Due.AddDays(1)));

        env.Today(Due.AddDays(3));
        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());

        Assert.Empty(env.Smtp.To(paidContact.Email));
        Assert.Empty(await env.SentLogAsync(paid.Id));
        var text = Assert.Single(env.Smtp.To(partContact.Email)).TextBody;
        Assert.Contains("We ontvingen al € 1.000,00; er staat nog € 2.333,33 open.", text);
        Assert.Contains("Wil je € 2.333,33 overschrijven", text);
    }

    [SkippableFact]
    public async Task Without_a_billing_contact_the_spoc_gets_it_and_without_either_nothing_is_recorded()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var spoc = new Contact("Sam Spoc", Email("spoc"));
        var withSpoc = await env.OverdueInvoiceAsync(("spoc", spoc), ("architect", new Contact("Ann Architect", Email("arch"))));
        var nobody = await env.OverdueInvoiceAsync();

        env.Today(Due.AddDays(3));
        Assert.Equal(new RemindersReport(1, 1), await env.RunAsync());
        Assert.StartsWith($"Beste {spoc.Name},", Assert.Single(env.Smtp.To(spoc.Email)).TextBody);
        Assert.Single(env.Smtp.Messages());
        Assert.Single(await env.SentLogAsync(withSpoc.Id));
        Assert.Empty(await env.SentLogAsync(nobody.Id));

        // Once someone is known, the first step goes out on the next run.
        var late = new Contact("Lieve Laat", Email("late"));
        await env.AddContactAsync(nobody.Tenant, "billing", late);
        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());
        Assert.StartsWith("Herinnering:", Assert.Single(env.Smtp.To(late.Email)).Subject);
    }

    [SkippableFact]
    public async Task When_the_smtp_server_is_down_the_step_is_not_recorded_and_goes_out_on_the_next_run()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var billing = new Contact("Bea Boekhouding", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));
        env.Today(Due.AddDays(3));

        env.Smtp.Stop();
        await Assert.ThrowsAnyAsync<Exception>(env.RunAsync);
        Assert.Empty(await env.SentLogAsync(invoice.Id));

        await env.Smtp.RestartAsync();
        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());
        Assert.Single(env.Smtp.To(billing.Email));
        Assert.Equal([(1, Due.AddDays(3))], await env.SentLogAsync(invoice.Id));
    }

    [SkippableFact]
    public async Task Two_nodes_running_the_job_at_once_send_each_step_once()
    {
        using var env = await ReminderEnv.StartAsync(Provider);
        var contacts = Enumerable.Range(0, 3).Select(i => new Contact($"Contact {i}", Email($"node{i}"))).ToList();
        var invoices = new List<ReminderEnv.Issued>();
        foreach (var c in contacts) invoices.Add(await env.OverdueInvoiceAsync(("billing", c)));
        env.Today(Due.AddDays(3));

        var reports = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(env.RunAsync)));

        Assert.Equal(3, reports.Sum(r => r.Sent));
        Assert.All(contacts, c => Assert.Single(env.Smtp.To(c.Email)));
        Assert.Equal(3, env.Smtp.Messages().Count);
        foreach (var i in invoices) Assert.Single(await env.SentLogAsync(i.Id));
    }

    [SkippableFact]
    public async Task Without_smtp_the_embedded_default_writes_the_reminder_to_the_pickup_folder()
    {
        using var env = await ReminderEnv.StartAsync(Provider, smtp: false);
        var billing = new Contact("Bea Boekhouding", Email("billing"));
        var invoice = await env.OverdueInvoiceAsync(("billing", billing));
        env.Today(Due.AddDays(3));

        Assert.Equal(new RemindersReport(1, 0), await env.RunAsync());

        var mail = Assert.Single(Mailbox.To(env.App, billing.Email));
        Assert.Equal($"Herinnering: factuur {invoice.Number} voor de Mijn Burgerprofiel-app is vervallen", mail.Subject);
        Assert.Contains(invoice.Ogm, mail.TextBody);
        Assert.Equal("application/pdf", Assert.Single(mail.Attachments).ContentType.MimeType);
        Assert.Equal(new RemindersReport(0, 0), await env.RunAsync());
        Assert.Single(Mailbox.To(env.App, billing.Email));
    }

    internal sealed record Contact(string Name, string Email);

    private static string Email(string role) => $"{role}-{Guid.NewGuid():N}@gemeente.test";

    private static string Decode(MimePart part)
    {
        using var stream = new MemoryStream();
        Assert.NotNull(part.Content);
        part.Content.DecodeTo(stream);
        return Encoding.ASCII.GetString(stream.ToArray(), 0, 4);
    }
}

[Collection(OwnHostsCollection.Name)]
public sealed class ReminderTestsOnSqlite : ReminderTests
{
    protected override string Provider => "Sqlite";
}

[Collection(OwnHostsCollection.Name)]
public sealed class ReminderTestsOnPostgres : ReminderTests
{
    protected override string Provider => "Postgres";
}

/// <summary>One reminder test's world: its own app and database, its clock, its SMTP server and a finance user.</summary>
internal sealed class ReminderEnv : IDisposable
{
    private readonly SmtpServer? _smtp;

    private ReminderEnv(ReminderApp app, SmtpServer? smtp, HttpClient finance)
    {
        App = app;
        _smtp = smtp;
        Finance = finance;
    }

    public ReminderApp App { get; }

    public SmtpServer Smtp => _smtp ?? throw new InvalidOperationException("This test runs without SMTP.");

    public Api Api => App.Api();

    public HttpClient Finance { get; }

    public sealed record Issued(Api.TestTenant Tenant, Guid Id, string Number, string Ogm);

    public static async Task<ReminderEnv> StartAsync(string provider, bool smtp = true, params KeyValuePair<string, string?>[] extra)
    {
        Skip.If(provider == "Postgres" && string.IsNullOrWhiteSpace(PostgresApp.ServerConnectionString),
            "PostgreSQL tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
        var server = smtp ? await SmtpServer.StartAsync() : null;
        var app = new ReminderApp(provider,
        [
            new("Billing:Reminders:FirstAfterDueDays", "3"),
            new("Billing:Reminders:ThenAfterDays:0", "7"),
            new("Billing:Reminders:ThenAfterDays:1", "14"),
            .. server?.AppSettings ?? [],
            .. extra,
        ]);
        try
        {
            var api = app.Api();
            var finance = api.WithKey((await api.CreateUserAsync("Finance")).Key);
            return new ReminderEnv(app, server, finance);
        }
        catch
        {
            app.Dispose();
            server?.Dispose();
            throw;
        }
    }

    /// <summary>A new tenant (live since May 2026: 8 months of the 5 000 tier) with an invoice issued on 1 June 2026, due 1 July 2026.</summary>
    public async Task<Issued> OverdueInvoiceAsync(params (string Role, ReminderTests.Contact Contact)[] contacts)
    {
        var (tenant, invoice) = await BillingSetup.IssuedInvoiceAsync(Api, Finance, 20_000, new DateOnly(2026, 5, 1));
        Assert.Equal(3333.33m, invoice.GetProperty("amount").GetDecimal());
        Assert.Equal("2026-07-01", invoice.GetProperty("dueDate").GetString());
        foreach (var (role, contact) in contacts) await AddContactAsync(tenant, role, contact);
        return new(tenant, invoice.GetProperty("id").GetGuid(), invoice.GetProperty("number").GetString()!,
            invoice.GetProperty("structuredCommunication").GetString()!);
    }

    public async Task AddContactAsync(Api.TestTenant tenant, string role, ReminderTests.Contact contact) =>
        await Api.EnsureAsync(await Api.Admin().PostAsJsonAsync($"/api/tenants/{tenant.Slug}/contacts",
            new { role, name = contact.Name, email = contact.Email }), HttpStatusCode.Created);

    /// <summary>Sets the app's clock to 08:00 Brussels time (summer) on <paramref name="day"/>, when the daily job runs.</summary>
    public void Today(DateOnly day) => App.Clock.SetUtcNow(new DateTimeOffset(day.ToDateTime(new TimeOnly(6, 0)), TimeSpan.Zero));

    /// <summary>One run of the daily job, as Hangfire starts it: a fresh scope, no tenant.</summary>
    public async Task<RemindersReport> RunAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PaymentReminders>().RunAsync(CancellationToken.None);
    }

    public async Task<List<(int Step, DateOnly SentOn)>> SentLogAsync(Guid invoiceId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<BillingDbContext>();
        return (await db.RemindersSent.IgnoreQueryFilters().AsNoTracking().Where(r => r.InvoiceId == invoiceId).ToListAsync())
            .OrderBy(r => r.Step).Select(r => (r.Step, r.SentOn)).ToList();
    }

    public async Task ImportAsync(CamtBuilder statement)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<BankStatementImporter>();
        var result = await importer.ImportAsync("uittreksel.xml", new MemoryStream(Encoding.UTF8.GetBytes(statement.Xml())), null, CancellationToken.None);
        Assert.Equal(statement.References.Count, result.Payments.Count);
    }

    public void Dispose()
    {
        App.Dispose();
        _smtp?.Dispose();
    }
}

/// <summary>The platform on a database of its own with a clock the test moves (<see cref="Clock"/> replaces <see cref="TimeProvider"/>).</summary>
internal sealed class ReminderApp(string provider, IReadOnlyList<KeyValuePair<string, string?>> settings) : PlatformApp
{
    public static readonly DateTimeOffset Start = new(2026, 6, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly string _sqliteFile = Path.Combine(Path.GetTempPath(), "platform-tests", Guid.NewGuid().ToString("N") + ".db");
    private readonly string _database = "platform_test_" + Guid.NewGuid().ToString("N")[..12];
    private bool _created;

    public FakeTimeProvider Clock { get; } = new(Start);

    public override string Provider => provider;

    protected override IEnumerable<KeyValuePair<string, string?>> ExtraSettings => settings;

    protected override string ConnectionString
    {
        get
        {
            if (provider == "Sqlite")
            {
                Directory.CreateDirectory(Path.GetDirectoryName(_sqliteFile)!);
                return $"Data Source={_sqliteFile};Default Timeout=30";
            }
            if (!_created)
            {
                using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
                connection.Open();
                using var command = new NpgsqlCommand($"CREATE DATABASE \"{_database}\"", connection);
                command.ExecuteNonQuery();
                _created = true;
            }
            return new NpgsqlConnectionStringBuilder(PostgresApp.ServerConnectionString) { Database = _database, MaxPoolSize = 20 }.ToString();
        }
    }

    protected override void ConfigureTestServices(IServiceCollection services)
    {
        services.RemoveAll<TimeProvider>();
        services.AddSingleton<TimeProvider>(Clock);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(MailFolder, recursive: true); } catch (IOException) { }
        if (provider == "Sqlite")
        {
            foreach (var f in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
                try { File.Delete(f); } catch (IOException) { }
            return;
        }
        if (!_created) return;
        NpgsqlConnection.ClearAllPools();
        using var connection = new NpgsqlConnection(PostgresApp.ServerConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
        command.ExecuteNonQuery();
    }
}
