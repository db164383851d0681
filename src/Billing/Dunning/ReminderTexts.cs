using Billing.Domain;
using Billing.Payments;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Billing.Reminders;

namespace Billing.Dunning;

/// <param name="Step">0 = friendly notice before the due date; 1.. = reminders.</param>
/// <param name="Custom">False when the built-in text applies.</param>
internal sealed record StepText(int Step, string Name, string Subject, string Body, bool Custom, DateTimeOffset? ChangedAt);

internal sealed record ReminderTextRequest(string? Subject, string? Body);

internal sealed record ReminderPreview(string Subject, string Body);

/// <summary>Finance edits the Dutch text of each dunning step; unknown placeholders are refused, and a preview fills the
/// text in for an example invoice.</summary>
internal sealed class ReminderTexts(BillingDbContext db, ReminderPolicy policy, TimeProvider clock)
{
    public const int SubjectMax = 200, BodyMax = 8000;

    public async Task<IReadOnlyList<StepText>> AllAsync(CancellationToken ct)
    {
        var stored = await db.ReminderTexts.AsNoTracking().ToDictionaryAsync(t => t.Step, ct);
        return [.. Enumerable.Range(0, policy.Steps + 1).Select(step => ToStep(step, stored.GetValueOrDefault(step)))];
    }

    public async Task<DunningTemplate> TemplateAsync(int step, CancellationToken ct) =>
        await db.ReminderTexts.AsNoTracking().FirstOrDefaultAsync(t => t.Step == step, ct) is { } t
            ? new(t.Subject, t.Body) : DunningTemplates.Default(step, policy.Steps);

    public async Task<Outcome<StepText>> SaveAsync(int step, ReminderTextRequest request, Guid? by, CancellationToken ct)
    {
        if (step < 0 || step > policy.Steps) return Outcome<StepText>.Missing();
        if (Validate(request) is { } errors) return Outcome<StepText>.Invalid(errors);
        var row = await db.ReminderTexts.FirstOrDefaultAsync(t => t.Step == step, ct);
        if (row is null) db.ReminderTexts.Add(row = new ReminderText { Step = step, Subject = "", Body = "" });
        row.Subject = request.Subject!.Trim();
        row.Body = request.Body!.ReplaceLineEndings("\n").Trim() + "\n";
        row.ChangedAt = clock.GetUtcNow();
        row.ChangedBy = by;
        await db.SaveChangesAsync(ct);
        return Outcome<StepText>.Success(ToStep(step, row));
    }

    /// <summary>Back to the built-in text.</summary>
    public async Task<Outcome<StepText>> ResetAsync(int step, CancellationToken ct)
    {
        if (step < 0 || step > policy.Steps) return Outcome<StepText>.Missing();
        await db.ReminderTexts.Where(t => t.Step == step).ExecuteDeleteAsync(ct);
        return Outcome<StepText>.Success(ToStep(step, null));
    }

    /// <summary>The text filled in for an example invoice (Stad Voorbeeld, partly paid), without saving it.</summary>
    public Outcome<ReminderPreview> Preview(int step, ReminderTextRequest request)
    {
        if (step < 0 || step > policy.Steps) return Outcome<ReminderPreview>.Missing();
        if (Validate(request) is { } errors) return Outcome<ReminderPreview>.Invalid(errors);
        var today = FeeService.Today(clock);
        var sample = new Invoice
        {
            CustomerName = "Stad Voorbeeld", CustomerKbo = "", CustomerStreet = "", CustomerPostalCode = "", CustomerCity = "", TierName = "",
            Explanation = "", Amount = 5000m, PaidAmount = 1000m, Number = $"{today.Year}-000123", InvoiceDate = today.AddDays(-40),
            DueDate = today.AddDays(-10), Communication = StructuredCommunication.FromInvoice(today.Year, 123).Plain, Status = InvoiceStatus.Issued,
        };
        var values = DunningMail.Values(sample, sample.PaymentOn(today), "Bea Boekhouding");
        return Outcome<ReminderPreview>.Success(new(ReminderPlaceholders.Fill(request.Subject!.Trim(), values), ReminderPlaceholders.Fill(request.Body!.Trim(), values)));
    }

    private static Dictionary<string, string[]>? Validate(ReminderTextRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(request.Subject)) errors["subject"] = ["Geef een onderwerp."];
        else if (request.Subject.Trim().Length > SubjectMax) errors["subject"] = [$"Het onderwerp is te lang (hoogstens {SubjectMax} tekens)."];
        else if (request.Subject.Contains('\n')) errors["subject"] = ["Het onderwerp is één regel."];
        else if (ReminderPlaceholders.Check(request.Subject) is { } s) errors["subject"] = [s];
        if (string.IsNullOrWhiteSpace(request.Body)) errors["body"] = ["Geef de tekst van de e-mail."];
        else if (request.Body.Length > BodyMax) errors["body"] = [$"De tekst is te lang (hoogstens {BodyMax} tekens)."];
        else if (ReminderPlaceholders.Check(request.Body) is { } b) errors["body"] = [b];
        return errors.Count > 0 ? errors : null;
    }

    private StepText ToStep(int step, ReminderText? stored)
    {
        var name = DunningTemplates.StepName(step, policy.Steps);
        if (stored is not null) return new(step, name, stored.Subject, stored.Body, true, stored.ChangedAt);
        var d = DunningTemplates.Default(step, policy.Steps);
        return new(step, name, d.Subject, d.Body, false, null);
    }
}
