using Platform.Kernel.Tenancy;
using Billing.Domain;
using Billing.Invoices;
using Billing.Payments;
using Microsoft.Extensions.Configuration;
using Billing.Reminders;

namespace Billing.Tests.Reminders;

/// <summary>The reminder's built-in Dutch wording (filled in like finance's own texts) and the reminder configuration.</summary>
public sealed class ReminderMailTests
{
    private static readonly DateOnly Due = new(2026, 7, 1);
    private static readonly InvoiceRecipient Bea = new("Bea Boekhouding", "bea@gent.be", true);

    private static Invoice Issued(decimal amount = 4666.67m, decimal paid = 0m, decimal credited = 0m) => new()
    {
        Id = Guid.NewGuid(), TenantId = Guid.NewGuid(), Year = 2026, Status = InvoiceStatus.Issued,
        CustomerName = "Stad Gent", CustomerKbo = "0207.451.227", CustomerStreet = "Botermarkt 1", CustomerPostalCode = "9000", CustomerCity = "Gent",
        TierName = "15 001 tot 25 000 inwoners", Explanation = "", Amount = amount, PaidAmount = paid, CreditedAmount = credited,
        NumberYear = 2026, Sequence = 42, Number = "2026-000042", InvoiceDate = new DateOnly(2026, 6, 1), DueDate = Due,
        Communication = StructuredCommunication.FromInvoice(2026, 42).Plain,
    };

    private static Platform.Kernel.Mail.OutgoingMail Mail(Invoice invoice, int step, int steps = 3, StoredPdf? pdf = null) =>
        Billing.Dunning.DunningMail.For(Billing.Dunning.DunningTemplates.Default(step, steps), invoice, invoice.PaymentOn(Due.AddDays(5)), Bea, pdf);

    [Theory]
    [InlineData(1, 3, "Herinnering")]
    [InlineData(2, 3, "2e herinnering")]
    [InlineData(3, 3, "Laatste herinnering")]
    [InlineData(2, 4, "2e herinnering")]
    [InlineData(3, 4, "3e herinnering")]
    [InlineData(4, 4, "Laatste herinnering")]
    [InlineData(2, 2, "Laatste herinnering")]
    [InlineData(1, 1, "Herinnering")] // a single configured step is just "the" reminder
    public void The_subject_names_the_step_and_the_invoice(int step, int steps, string which) =>
        Assert.Equal($"{which}: factuur 2026-000042 voor de Mijn Burgerprofiel-app is vervallen", Mail(Issued(), step, steps).Subject);

    [Fact]
    public void The_body_gives_amount_due_date_account_and_structured_communication_in_dutch_formats()
    {
        var invoice = Issued();
        var mail = Mail(invoice, 1);

        Assert.Equal("bea@gent.be", mail.To);
        var expectedOgm = StructuredCommunication.FromInvoice(2026, 42).ToString();
        Assert.Matches(@"^\+\+\+\d{3}/\d{4}/\d{5}\+\+\+$", expectedOgm);
        Assert.Equal(
            "Beste Bea Boekhouding,\n\n" +
            "Factuur 2026-000042 van 01/06/2026 aan Stad Gent voor het abonnement op de Mijn Burgerprofiel-app, € 4.666,67 met vervaldatum 01/07/2026, " +
            "is nog niet volledig betaald.\n\n" +
            "Wil je € 4.666,67 overschrijven naar rekening BE86 3751 1175 0850 van Eigen Vermogen Digitaal Vlaanderen " +
            $"met de gestructureerde mededeling {expectedOgm}? Met die mededeling wordt je betaling automatisch verwerkt.\n\n" +
            "Heb je intussen betaald, dan mag je deze herinnering als niet verzonden beschouwen. " +
            "Met vragen over deze factuur kun je op deze e-mail antwoorden.\n\n" +
            "Met vriendelijke groeten,\nEigen Vermogen Digitaal Vlaanderen – Financiën\n",
            mail.TextBody);
        Assert.Null(mail.HtmlBody);
    }

    [Fact]
    public void A_partial_payment_is_acknowledged_and_only_the_rest_is_asked()
    {
        var body = Mail(Issued(paid: 1000m), 2).TextBody;

        Assert.Contains("€ 4.666,67 met vervaldatum 01/07/2026, is nog niet volledig betaald.", body);
        Assert.Contains("We ontvingen al € 1.000,00; er staat nog € 3.666,67 open.\n\n", body);
        Assert.Contains("Wil je € 3.666,67 overschrijven", body);
    }

    [Fact]
    public void A_partial_credit_note_lowers_what_is_asked_without_claiming_a_payment()
    {
        var body = Mail(Issued(credited: 1250.50m), 1).TextBody;

        Assert.DoesNotContain("We ontvingen al", body);
        Assert.Contains("Wil je € 3.416,17 overschrijven", body);
    }

    [Fact]
    public void The_invoice_pdf_is_attached_when_there_is_one()
    {
        var pdf = new StoredPdf { Id = Guid.NewGuid(), TenantId = Guid.NewGuid(), FileName = "factuur-2026-000042.pdf", Content = [0x25, 0x50, 0x44, 0x46] };

        var attachment = Assert.Single(Mail(Issued(), 1, pdf: pdf).Attachments!);
        Assert.Equal(new Platform.Kernel.Mail.MailAttachment("factuur-2026-000042.pdf", "application/pdf", pdf.Content), attachment);
        Assert.Null(Mail(Issued(), 1).Attachments);
    }

    [Fact]
    public void Settings_default_to_the_policy_default()
    {
        var policy = new ReminderOptions().ToPolicy();

        Assert.Equal(1, policy.FirstAfterDueDays);
        Assert.Equal([14, 30], policy.ThenAfterDays);
        Assert.Equal(3, policy.Steps);
    }

    [Fact]
    public void Configured_intervals_replace_the_default_ones()
    {
        var policy = Bind(new()
        {
            ["Billing:Reminders:FirstAfterDueDays"] = "3",
            ["Billing:Reminders:ThenAfterDays:0"] = "7",
            ["Billing:Reminders:ThenAfterDays:1"] = "14",
        });

        Assert.Equal(new ReminderPolicy(3, [7, 14]).FirstAfterDueDays, policy.FirstAfterDueDays);
        Assert.Equal([7, 14], policy.ThenAfterDays);
        Assert.Equal(3, policy.Steps);
    }

    [Fact]
    public void Configuring_only_the_first_reminder_keeps_the_default_intervals()
    {
        var policy = Bind(new() { ["Billing:Reminders:FirstAfterDueDays"] = "10" });

        Assert.Equal(10, policy.FirstAfterDueDays);
        Assert.Equal([14, 30], policy.ThenAfterDays);
    }

    [Theory]
    [InlineData(0, new[] { 14 })]
    [InlineData(-1, new[] { 14 })]
    [InlineData(1, new[] { 14, 0 })]
    [InlineData(1, new[] { -5 })]
    public void Settings_refuse_days_below_one(int first, int[] then)
    {
        var e = Assert.Throws<InvalidOperationException>(() => new ReminderOptions { FirstAfterDueDays = first, ThenAfterDays = then }.ToPolicy());
        Assert.Contains("Billing:Reminders", e.Message);
    }

    [Fact]
    public void A_single_reminder_without_follow_ups_is_allowed()
    {
        var policy = new ReminderOptions { FirstAfterDueDays = 5, ThenAfterDays = [] }.ToPolicy();

        Assert.Equal(1, policy.Steps);
        Assert.Empty(policy.ThenAfterDays);
    }

    private static ReminderPolicy Bind(Dictionary<string, string?> values) =>
        (new ConfigurationBuilder().AddInMemoryCollection(values).Build().GetSection(ReminderOptions.Section).Get<ReminderOptions>()
            ?? new ReminderOptions()).ToPolicy();
}
