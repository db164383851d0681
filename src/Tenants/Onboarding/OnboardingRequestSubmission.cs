using System.Text.Json;
using Tenants.Domain.Checks;
using Tenants.Persistence;

namespace Tenants.Onboarding;

internal sealed record RequesterDto(string? Name, string? Email);

internal sealed record OnboardingRequestBody(
    string? Slug, string? Name, string? Kbo, string? NisCode, AddressDto? Address, List<InhabitantsDto>? Inhabitants, RequesterDto? Requester);

/// <summary>A local government asks to be onboarded (anonymous): the API and the public form
/// <c>/aanmelden-bestuur</c> both submit through here, so both check the same fields the same way. Nothing is written
/// on refusal; a platform admin decides in <c>/beheer/aanvragen</c>.</summary>
internal sealed class OnboardingRequestSubmission(TenantsDbContext db, TimeProvider clock)
{
    public async Task<Outcome<OnboardingRequest>> SubmitAsync(OnboardingRequestBody body, CancellationToken ct)
    {
        var request = new OnboardTenantRequest(body.Slug, body.Name, body.Kbo, body.NisCode, body.Address, body.Inhabitants);
        var now = clock.GetUtcNow();
        var errors = Validate(body);
        if (errors.Count > 0) return Outcome<OnboardingRequest>.Invalid(errors);
        var row = new OnboardingRequest
        {
            Id = Guid.CreateVersion7(now), Payload = JsonSerializer.Serialize(request, JsonSerializerOptions.Web), Name = request.Name!.Trim(),
            RequesterName = body.Requester!.Name!.Trim(), RequesterEmail = body.Requester.Email!.Trim(), RequestedAt = now,
        };
        db.OnboardingRequests.Add(row);
        await db.SaveChangesAsync(ct);
        return Outcome<OnboardingRequest>.Success(row);
    }

    /// <summary>Every field's error, in Dutch, by field name (<c>requester.email</c>, <c>inhabitants[0].count</c>, …).</summary>
    public Dictionary<string, string[]> Validate(OnboardingRequestBody body)
    {
        var request = new OnboardTenantRequest(body.Slug, body.Name, body.Kbo, body.NisCode, body.Address, body.Inhabitants);
        var errors = OnboardingValidation.Validate(request, Platform.Kernel.Formatting.Dutch.Today(clock).Year);
        if (Check.Required(body.Requester?.Name, "Je naam", 200) is { } n) errors["requester.name"] = [n];
        if (Check.Email(body.Requester?.Email, "Je e-mailadres") is { } e) errors["requester.email"] = [e];
        return errors;
    }
}
