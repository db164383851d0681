using Tenants.Domain.Features;
using Tenants.Domain.Features.Settings;
using static Tenants.Tests.Domain.Features.SettingsTestKit;

namespace Tenants.Tests.Domain.Features;

public class ReportIssueSettingsTests
{
    private static readonly IssueCategory[] Categories = [new("Sluikstort"), new("Straatverlichting"), new("Wegdek")];

    [Fact]
    public void Endpoint_with_categories_is_valid()
    {
        Valid(new ReportIssueSettings("https://meldingen.stad.gent/api/v1/reports", null, Categories));
    }

    [Fact]
    public void Mailbox_with_categories_and_per_category_routing_is_valid()
    {
        Valid(new ReportIssueSettings(null, "meldingen@stad.gent",
            [new("Sluikstort", "ivago@stad.gent"), new("Wegdek", "wegen@stad.gent"), new("Andere")]));
    }

    [Fact]
    public void Needs_either_endpoint_or_mailbox_not_both_and_not_neither()
    {
        const string message = "Geef ofwel een adres (https) van uw meldingensysteem, ofwel een mailbox op, niet allebei.";
        Invalid(new ReportIssueSettings(null, null, Categories), ("endpointUrl", message));
        Invalid(new ReportIssueSettings("  ", "", Categories), ("endpointUrl", message));
        Invalid(new ReportIssueSettings("https://meldingen.stad.gent", "meldingen@stad.gent", Categories), ("endpointUrl", message));
    }

    [Fact]
    public void Endpoint_must_be_https_and_mailbox_an_address()
    {
        Invalid(new ReportIssueSettings("http://meldingen.stad.gent", null, Categories),
            ("endpointUrl", "Het adres van het meldingensysteem moet een volledig https-adres zijn, bijvoorbeeld https://www.gent.be/afspraak."));
        Invalid(new ReportIssueSettings(null, "meldingen", Categories),
            ("mailbox", "De mailbox voor meldingen is geen geldig e-mailadres (bijvoorbeeld dienst@gemeente.be)."));
    }

    [Fact]
    public void Needs_1_to_20_categories()
    {
        Valid(new ReportIssueSettings(null, "m@gent.be", [.. Enumerable.Range(1, 20).Select(i => new IssueCategory($"Categorie {i}"))]));
        Invalid(new ReportIssueSettings(null, "m@gent.be", []), ("categories", "Geef 1 tot 20 categorieën op."));
        Invalid(new ReportIssueSettings(null, "m@gent.be", null!), ("categories", "Geef 1 tot 20 categorieën op."));
        Invalid(new ReportIssueSettings(null, "m@gent.be", [.. Enumerable.Range(1, 21).Select(i => new IssueCategory($"Categorie {i}"))]),
            ("categories", "Geef 1 tot 20 categorieën op."));
    }

    [Fact]
    public void Category_names_are_required_short_and_unique()
    {
        Invalid(new ReportIssueSettings(null, "m@gent.be", [new(""), new(new string('x', 61)), new("Wegdek"), new(" wegdek "), null!]),
            ("categories[0].name", "De naam van de categorie is verplicht."),
            ("categories[1].name", "De naam van de categorie telt hoogstens 60 tekens."),
            ("categories[3].name", "De categorie \"wegdek\" staat er twee keer in."),
            ("categories[4]", "De categorie is leeg."));
    }

    [Fact]
    public void Category_mailbox_only_when_reports_go_by_mail_and_must_be_valid()
    {
        Invalid(new ReportIssueSettings("https://meldingen.stad.gent", null, [new("Wegdek", "wegen@stad.gent")]),
            ("categories[0].mailbox", "Een mailbox per categorie kan enkel wanneer meldingen per e-mail verstuurd worden."));
        Invalid(new ReportIssueSettings(null, "m@gent.be", [new("Wegdek", "wegen")]),
            ("categories[0].mailbox", "De mailbox van de categorie is geen geldig e-mailadres (bijvoorbeeld dienst@gemeente.be)."));
    }

    [Fact]
    public void Routes_to_the_category_mailbox_else_the_general_one()
    {
        var settings = new ReportIssueSettings(null, "meldingen@stad.gent", [new("Sluikstort", "ivago@stad.gent"), new("Wegdek")]);
        Assert.Equal("ivago@stad.gent", settings.MailboxFor("sluikstort"));
        Assert.Equal("meldingen@stad.gent", settings.MailboxFor("Wegdek"));
        Assert.Equal("meldingen@stad.gent", settings.MailboxFor("Onbekend"));
        Assert.Null(new ReportIssueSettings("https://m.gent.be", null, Categories).MailboxFor("Wegdek"));
    }

    [Fact]
    public void Mailboxes_are_internal_and_never_in_the_public_view()
    {
        var byMail = new ReportIssueSettings(null, "meldingen@stad.gent", [new("Sluikstort", "ivago@stad.gent")]);
        var view = (ReportIssuePublic)byMail.PublicView();
        Assert.Equal("platform", view.SubmitTo);
        Assert.Null(view.EndpointUrl);
        Assert.Equal(["Sluikstort"], view.Categories);
        var json = FeatureSettingsJson.SerializePublic(byMail);
        Assert.DoesNotContain("@", json);
        Assert.DoesNotContain("mailbox", json, StringComparison.OrdinalIgnoreCase);

        var byEndpoint = (ReportIssuePublic)new ReportIssueSettings("https://meldingen.stad.gent/api", null, Categories).PublicView();
        Assert.Equal("endpoint", byEndpoint.SubmitTo);
        Assert.Equal("https://meldingen.stad.gent/api", byEndpoint.EndpointUrl);
        Assert.Equal(["Sluikstort", "Straatverlichting", "Wegdek"], byEndpoint.Categories);
    }
}
