using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Platform.Kernel.Formatting;
using Platform.Kernel.Security;

namespace ServiceDesk.Pages.Desk;

/// <summary>Reporters report an incident; agents record one received by e-mail or phone for a tenant.</summary>
[Authorize(Policy = Policies.Reporter)]
internal sealed class NewIncidentModel(IncidentService incidents, TimeProvider clock, ITenantDirectory directory, Calendar.ClockPolicyProvider policies) : PageModel
{
    public sealed class InputModel
    {
        public string? Tenant { get; set; }
        public string? Title { get; set; }
        public string? Description { get; set; }
        [Display(Name = "Urgentie")]
        public int? Urgency { get; set; }
        public int? Impact { get; set; }
        public string? AffectedFeature { get; set; }

        [DataType(DataType.DateTime)]
        public DateTime? ReceivedAt { get; set; }

        public string? Channel { get; set; } = "email";
        public string? ReporterName { get; set; }
        public string? ReporterEmail { get; set; }
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty]
    public List<IFormFile> Files { get; set; } = [];

    public bool IsStaff => Actor.From(User).IsStaff;

    /// <summary>The local governments an agent can record an incident for.</summary>
    public IReadOnlyList<TenantSummary> TenantChoices { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context,
        Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        if (IsStaff) TenantChoices = await directory.AllAsync(HttpContext.RequestAborted);
        await next();
    }

    public void OnGet()
    {
        if (IsStaff) Input.ReceivedAt = Minutes(Dutch.ToBrussels(clock.GetUtcNow()).DateTime);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var files = new List<IncidentService.NewFile>();
        foreach (var file in Files.Where(f => f.Length > 0))
        {
            if (file.Length > AttachmentRules.MaxBytes)
            {
                ModelState.AddModelError("Files", $"{file.FileName} is groter dan 5 MB.");
                continue;
            }
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, ct);
            files.Add(new(file.FileName, buffer.ToArray()));
        }
        string? received = null;
        if (IsStaff && Input.ReceivedAt is { } local)
        {
            var at = new DateTimeOffset(local, Dutch.Brussels.GetUtcOffset(local));
            received = at.ToString("yyyy-MM-ddTHH:mm:sszzz");
        }
        var request = new CreateIncidentRequest(IsStaff ? Input.Tenant : null, Input.Title, Input.Description, Input.Urgency, Input.Impact,
            Input.AffectedFeature, received, IsStaff ? Input.Channel : null, Input.ReporterName, Input.ReporterEmail);
        if (!ModelState.IsValid) return Page();
        var outcome = await incidents.CreateAsync(request, Actor.From(User), files, ct);
        if (outcome.Forbidden is { } reason)
        {
            ModelState.AddModelError("", reason);
            return Page();
        }
        if (!outcome.Ok)
        {
            outcome.Into(ModelState, fieldName: field => field == "attachments" ? "Files" : OutcomeModelState.FormName("Input", field));
            return Page();
        }
        TempData["Message"] = PickUp(outcome.Value!, (await policies.GetAsync(ct)).Calendar, clock.GetUtcNow());
        return Redirect($"/servicedesk/incidenten/{outcome.Value!.Id}");
    }

    /// <summary>The confirmation: when the desk will pick the incident up, with the next opening when it is closed now.</summary>
    internal static string PickUp(IncidentCreatedResponse created, Domain.WorkingCalendar calendar, DateTimeOffset now)
    {
        var minute = TimeSpan.FromMinutes(1);
        var opens = calendar.AddWorkingTime(now, minute) - minute;
        var when = opens - now < minute
            ? "De servicedesk is nu open"
            : $"De servicedesk is nu gesloten en neemt het {Dutch.ToBrussels(opens).ToString("dddd d MMMM 'om' HH:mm", Dutch.Culture)} in behandeling";
        return $"Incident {created.Number} is geregistreerd. {when}; je krijgt een eerste antwoord uiterlijk {Dutch.DateTime(created.ResponseDueAt)}.";
    }

    private static DateTime Minutes(DateTime t) => new(t.Year, t.Month, t.Day, t.Hour, t.Minute, 0);
}
