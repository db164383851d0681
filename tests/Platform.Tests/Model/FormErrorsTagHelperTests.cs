using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Platform.Kernel.Web;

namespace Platform.Tests.Model;

/// <summary>The kernel's form-error tag helpers (docs/decisions/0023-one-way-to-show-form-errors.md): the field gets
/// <c>aria-invalid</c>, its hint id stays first in <c>aria-describedby</c>, the message follows it once, and the summary
/// links every error, also one under a key that is not an input's name, to the field that shows it.</summary>
public sealed class FormErrorsTagHelperTests
{
    [Fact]
    public void A_field_with_an_error_is_marked_and_followed_by_its_message()
    {
        var view = View(("Subscribe", "Niet ingeschreven: het product bestaat niet."));

        var html = Field(view, "input", "Subscribe", "err-Subscribe", ("id", "Subscribe"), ("type", "checkbox"), ("aria-describedby", "hint-Subscribe"));

        Assert.Equal("<input id=\"Subscribe\" type=\"checkbox\" aria-invalid=\"true\" aria-describedby=\"hint-Subscribe err-Subscribe\" />"
            + "<span id=\"err-Subscribe\" class=\"field-error\">Niet ingeschreven: het product bestaat niet.</span>", html);
    }

    [Fact]
    public void A_field_without_an_error_is_left_as_it_is()
    {
        var view = View(("Other", "Fout elders."));

        var html = Field(view, "input", "Title", null, ("id", "Title"), ("aria-describedby", "titel-hint"));

        Assert.Equal("<input id=\"Title\" aria-describedby=\"titel-hint\" />", html);
    }

    [Fact]
    public void Fields_sharing_a_key_are_all_marked_and_the_message_shows_once_and_a_fieldset_is_not_aria_invalid()
    {
        var view = View(("ComponentIds", "Kies minstens één onderdeel."));

        var fieldset = Field(view, "fieldset", "ComponentIds", "onderdelen-fout", ("id", "onderdelen"));
        var first = Field(view, "input", "ComponentIds", null, ("type", "checkbox"), ("id", "c1"));
        var second = Field(view, "input", "ComponentIds", null, ("type", "checkbox"), ("id", "c2"));

        Assert.Equal("<fieldset id=\"onderdelen\" aria-describedby=\"onderdelen-fout\"><span id=\"onderdelen-fout\" class=\"field-error\">Kies minstens één onderdeel.</span></fieldset>",
            fieldset.Replace("&#xE9;", "é"));
        Assert.Equal("<input type=\"checkbox\" id=\"c1\" aria-describedby=\"onderdelen-fout\" aria-invalid=\"true\" />", first);
        Assert.Equal("<input type=\"checkbox\" id=\"c2\" aria-describedby=\"onderdelen-fout\" aria-invalid=\"true\" />", second);
    }

    [Fact]
    public void A_field_may_show_several_keys_and_points_to_a_shared_message_written_elsewhere()
    {
        var view = View(("tiers", "De schijven sluiten niet aan."), ("to1", "Geef een getal."));

        var shared = Field(view, "div", "tiers", "tiers-error");
        var first = Field(view, "input", "to0 tiers", "err-To_0", ("id", "To_0"), ("aria-describedby", "tiers-hint"));
        var second = Field(view, "input", "to1 tiers", "err-To_1", ("id", "To_1"), ("aria-describedby", "tiers-hint"));
        var fee = Field(view, "input", "fee0", "err-Fee_0", ("id", "Fee_0"), ("aria-describedby", "tiers-hint"));

        Assert.Equal("<div><span id=\"tiers-error\" class=\"field-error\">De schijven sluiten niet aan.</span></div>", shared);
        Assert.Equal("<input id=\"To_0\" aria-invalid=\"true\" aria-describedby=\"tiers-hint tiers-error\" />", first);
        Assert.Equal("<input id=\"To_1\" aria-invalid=\"true\" aria-describedby=\"tiers-hint err-To_1 tiers-error\" />"
            + "<span id=\"err-To_1\" class=\"field-error\">Geef een getal.</span>", second);
        Assert.Equal("<input id=\"Fee_0\" aria-describedby=\"tiers-hint\" />", fee);
    }

    [Fact]
    public void The_summary_links_each_error_to_the_field_that_shows_it_and_lists_page_errors_without_a_link()
    {
        var view = View(("", "Het e-mailadres of het wachtwoord is niet juist."), ("Subscribe", "Niet ingeschreven."), ("Input.Email", "Geef een e-mailadres."));
        var summary = Output("error-summary");
        new ErrorSummaryTagHelper { ViewContext = view }.Process(Context(), summary);
        Field(view, "input", "Subscribe", "err-Subscribe", ("id", "abonneren"), ("type", "checkbox")); // rendered below the summary

        var html = Render(summary);

        Assert.Equal("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">"
            + "<h2 id=\"error-summary-title\">Er ging iets mis</h2><ul>"
            + "<li>Het e-mailadres of het wachtwoord is niet juist.</li>"
            + "<li><a href=\"#abonneren\">Niet ingeschreven.</a></li>"
            + "<li><a href=\"#Input_Email\">Geef een e-mailadres.</a></li></ul></div>", html);
    }

    [Fact]
    public void The_summary_puts_a_fields_error_context_before_its_message_while_the_field_shows_the_message_alone()
    {
        var view = View(("f.contact-options.services[1].openingHours.wednesday", "Op woensdag kan \"ma-vr\" niet gelezen worden."),
            ("f.local-news.feedUrl", "Gebruik https."), ("e.local-news", "Kan niet aan."));
        var summary = Output("error-summary");
        new ErrorSummaryTagHelper { Heading = "Er ging iets mis: niets is bewaard", ViewContext = view }.Process(Context(), summary);

        var wednesday = Field(view, "input", "f.contact-options.services[1].openingHours.wednesday", null, "Contactopties, dienst 2",
            ("id", "f-contact-options-services-1-openingHours-wednesday"), ("aria-describedby", "hours-hint"));
        var feed = Field(view, "input", "f.local-news.feedUrl", null, "", ("id", "f-local-news-feedUrl")); // no context
        var enabled = Field(view, "input", "e.local-news", null, "Lokaal nieuws", ("id", "f-local-news-enabled"), ("type", "checkbox"));
        Field(view, "input", "e.local-news", null, "Iets anders", ("id", "other")); // the first context of a key wins

        Assert.Equal("<input id=\"f-contact-options-services-1-openingHours-wednesday\" aria-invalid=\"true\" "
            + "aria-describedby=\"hours-hint f-contact-options-services-1-openingHours-wednesday-error\" />"
            + "<span id=\"f-contact-options-services-1-openingHours-wednesday-error\" class=\"field-error\">Op woensdag kan &quot;ma-vr&quot; niet gelezen worden.</span>",
            wednesday);
        Assert.EndsWith("class=\"field-error\">Kan niet aan.</span>", enabled);
        Assert.Contains("class=\"field-error\">Gebruik https.</span>", feed);
        var html = Render(summary);
        Assert.StartsWith("<div class=\"error-summary\" role=\"alert\" tabindex=\"-1\" aria-labelledby=\"error-summary-title\">"
            + "<h2 id=\"error-summary-title\">Er ging iets mis: niets is bewaard</h2><ul>", html);
        Assert.Contains("<li><a href=\"#f-contact-options-services-1-openingHours-wednesday\">Contactopties, dienst 2: Op woensdag kan &quot;ma-vr&quot; niet gelezen worden.</a></li>", html);
        Assert.Contains("<li><a href=\"#f-local-news-feedUrl\">Gebruik https.</a></li>", html);
        Assert.Contains("<li><a href=\"#f-local-news-enabled\">Lokaal nieuws: Kan niet aan.</a></li>", html);
    }

    [Fact]
    public void The_summary_lists_errors_in_the_order_of_the_form_with_the_forms_own_errors_first()
    {
        // Model state holds them alphabetically and in this order; the form shows Naam above Aantal.
        var view = View(("Aantal", "Geef een aantal."), ("Naam", "Geef een naam."), ("", "Niets bewaard."), ("Zonder", "Geen veld."));
        var summary = Output("error-summary");
        new ErrorSummaryTagHelper { ViewContext = view }.Process(Context(), summary);
        Field(view, "input", "Naam", null, ("id", "naam"));
        Field(view, "input", "Aantal", null, ("id", "aantal"));

        var html = Render(summary);

        Assert.Contains("<ul><li>Niets bewaard.</li><li><a href=\"#naam\">Geef een naam.</a></li>"
            + "<li><a href=\"#aantal\">Geef een aantal.</a></li><li><a href=\"#Zonder\">Geen veld.</a></li></ul>", html);
    }

    [Fact]
    public void Without_errors_there_is_no_summary()
    {
        var summary = Output("error-summary");

        new ErrorSummaryTagHelper { ViewContext = View() }.Process(Context(), summary);

        Assert.Equal("", Render(summary));
    }

    private static ViewContext View(params (string Key, string Message)[] errors)
    {
        var modelState = new ModelStateDictionary();
        foreach (var (key, message) in errors) modelState.AddModelError(key, message);
        return new ViewContext
        {
            HttpContext = new DefaultHttpContext(),
            ViewData = new ViewDataDictionary(new EmptyModelMetadataProvider(), modelState),
        };
    }

    private static string Field(ViewContext view, string tag, string key, string? errorId, params (string Name, string Value)[] attributes) =>
        Field(view, tag, key, errorId, null, attributes);

    private static string Field(ViewContext view, string tag, string key, string? errorId, string? context, params (string Name, string Value)[] attributes)
    {
        var output = Output(tag, attributes);
        output.TagMode = tag is "fieldset" or "div" ? TagMode.StartTagAndEndTag : TagMode.SelfClosing;
        new FieldErrorTagHelper { Key = key, ErrorId = errorId, Context = context, ViewContext = view }.Process(Context(), output);
        return Render(output);
    }

    private static TagHelperContext Context() => new(new TagHelperAttributeList(), new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));

    private static TagHelperOutput Output(string tag, params (string Name, string Value)[] attributes) =>
        new(tag, new TagHelperAttributeList(attributes.Select(a => new TagHelperAttribute(a.Name, a.Value))),
            (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));

    private static string Render(TagHelperOutput output)
    {
        using var writer = new StringWriter();
        output.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
