using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Platform.Kernel.UseCases;

namespace Platform.Tests.Model;

/// <summary>The kernel's two adapters over <see cref="Outcome{T}"/> (ADR 0021): to HTTP and into a page's ModelState.</summary>
public sealed class OutcomeAdapterTests
{
    private sealed record Thing(Guid Id, string Name);

    private static readonly Thing Value = new(Guid.Parse("0199a1b2-0000-7000-8000-000000000001"), "Gent");

    [Fact]
    public void Ok_is_200_with_the_mapped_body_and_201_with_its_location()
    {
        var ok = Assert.IsType<Ok<string>>(Outcome<Thing>.Success(Value).ToOk(t => t.Name).Result);
        Assert.Equal("Gent", ok.Value);

        var created = Assert.IsType<Created<string>>(Outcome<Thing>.Success(Value).ToCreated(t => $"/api/things/{t.Id}", t => t.Name).Result);
        Assert.Equal(("/api/things/0199a1b2-0000-7000-8000-000000000001", "Gent"), (created.Location, created.Value));

        Assert.IsType<NoContent>(Outcome<Done>.Success(Done.Value).ToNoContent().Result);
    }

    [Fact]
    public void Invalid_is_a_400_validation_problem_with_the_field_errors()
    {
        var result = Outcome<Thing>.Invalid("name", "Geef een naam.").ToOk(t => t.Name, invalidTitle: "Het ding kon niet worden bewaard.");

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(400, problem.StatusCode);
        Assert.Equal("Het ding kon niet worden bewaard.", problem.ProblemDetails.Title);
        Assert.Equal(["Geef een naam."], problem.ProblemDetails.Errors["name"]);
    }

    [Fact]
    public void Missing_is_404_conflict_is_409_and_forbidden_is_403_with_the_dutch_titles()
    {
        Assert.IsType<NotFound>(Outcome<Thing>.Missing().ToOk(t => t.Name).Result);

        var conflict = Assert.IsType<ProblemHttpResult>(Outcome<Thing>.Conflicting("Deze slug is al in gebruik.", "slug").ToOk(t => t.Name).Result);
        Assert.Equal((409, "Niet mogelijk", "Deze slug is al in gebruik.", "slug"),
            (conflict.StatusCode, conflict.ProblemDetails.Title, conflict.ProblemDetails.Detail, conflict.ProblemDetails.Extensions["field"]));

        var wholeRequest = Assert.IsType<ProblemHttpResult>(Outcome<Thing>.Conflicting("Al verstuurd.").ToNoContent().Result);
        Assert.False(wholeRequest.ProblemDetails.Extensions.ContainsKey("field"));

        var forbidden = Assert.IsType<ProblemHttpResult>(Outcome<Thing>.Denied("Alleen medewerkers van het platform.").ToOk(t => t.Name).Result);
        Assert.Equal((403, "Geen toegang", "Alleen medewerkers van het platform."),
            (forbidden.StatusCode, forbidden.ProblemDetails.Title, forbidden.ProblemDetails.Detail));

        Assert.Throws<InvalidOperationException>(() => Outcome<Thing>.Success(Value).ToFailure());
    }

    [Fact]
    public void Into_ModelState_puts_each_refusal_next_to_its_form_field_or_in_the_summary()
    {
        var ok = new ModelStateDictionary();
        Assert.True(Outcome<Thing>.Success(Value).Into(ok, "Input"));
        Assert.True(ok.IsValid);

        var invalid = new ModelStateDictionary();
        Assert.False(Outcome<Thing>.Invalid(new Dictionary<string, string[]> { ["title"] = ["Geef een titel."], ["startsAt"] = ["Kies een begin."] })
            .Into(invalid, "Input"));
        Assert.Equal(["Input.StartsAt", "Input.Title"], invalid.Keys.Order());
        Assert.Equal("Geef een titel.", invalid["Input.Title"]!.Errors.Single().ErrorMessage);

        var conflict = new ModelStateDictionary();
        Assert.False(Outcome<Thing>.Conflicting("Deze slug is al in gebruik.", "slug").Into(conflict, fieldName: f => "Form." + f));
        Assert.Equal("Deze slug is al in gebruik.", conflict["Form.slug"]!.Errors.Single().ErrorMessage);

        var forbidden = new ModelStateDictionary();
        Assert.False(Outcome<Thing>.Denied("Geen toegang tot dit incident.").Into(forbidden, "Input"));
        Assert.Equal("Geen toegang tot dit incident.", forbidden[""]!.Errors.Single().ErrorMessage);

        var missing = new ModelStateDictionary();
        Assert.False(Outcome<Thing>.Missing().Into(missing));
        Assert.Equal("Niet gevonden.", missing[""]!.Errors.Single().ErrorMessage);
    }

    [Fact]
    public void A_refusal_passes_on_to_another_value_type_and_success_does_not()
    {
        var passed = Outcome<Thing>.Conflicting("Al beslist.", "request").Failed<string>();
        Assert.Equal(("Al beslist.", "request", false), (passed.Conflict, passed.ConflictField, passed.Ok));
        Assert.Throws<InvalidOperationException>(() => Outcome<Thing>.Success(Value).Failed<string>());
    }
}
