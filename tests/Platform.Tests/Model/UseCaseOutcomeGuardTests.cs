using System.Text.RegularExpressions;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Model;

/// <summary>One use-case shape (docs/decisions/0021-one-use-case-outcome.md): a write use case answers the kernel's
/// <c>Outcome&lt;T&gt;</c>. The guard scans every source file under <c>src</c> and fails on an <c>Outcome</c> type declared
/// outside <c>src/Platform.Kernel/UseCases/</c>, any <c>record *Result</c> (a data record is named for what it is), a method
/// that is not private returning a tuple with an error member or a record carrying an <c>Errors</c> dictionary (use-case
/// outcomes in disguise), an outcome's <c>Errors!</c> read by hand instead of through an adapter, and a page (model) naming
/// an endpoint class's member (<c>XApi.Y</c>): a page and an endpoint share the use case or query class, not each other.</summary>
public sealed partial class UseCaseOutcomeGuardTests
{
    private const string KernelFolder = "src/Platform.Kernel/UseCases/";

    [Fact]
    public void Use_cases_answer_the_kernel_outcome()
    {
        var files = Repository.SourceFiles("*.cs");
        Assert.True(files.Count > 200, $"only {files.Count} source files found");
        Assert.Contains(files, f => f.Path == KernelFolder + "Outcome.cs");

        var problems = Problems(files.Concat(Repository.SourceFiles("*.cshtml"))).Select(p => p.Message).ToList();

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void The_guard_finds_each_kind_of_breach()
    {
        var files = new List<(string, string)>
        {
            (KernelFolder + "Outcome.cs", "public sealed record Outcome<T> { }"),
            ("src/Billing/Outcome.cs", "internal sealed record Outcome<T>(T? Value, IDictionary<string, string[]>? Errors = null);"),
            ("src/StatusPage/Checks/Checks.cs", "internal sealed record CheckOutcome<T>(T? Value, bool NotFound);"),
            ("src/Billing/Stripe/Pay.cs", "internal abstract record CheckoutOutcome\n{\n    public sealed record Ready(string Url) : CheckoutOutcome;\n}"),
            ("src/Billing/Issuing/Issue.cs", "internal sealed record IssueResult(IssueOutcome Outcome, string? Problem = null);"),
            ("src/ServiceDesk/Intake/MailImporter.cs", "public sealed record Result(IntakeOutcome Outcome, Guid? IncidentId);"),
            ("src/Tenants/Invitations/Invite.cs", "    public async Task<(Invitation? Invitation, Dictionary<string, string[]> Errors)> InviteAsync(\n"),
            ("src/Tenants/Invitations/Helper.cs", "    private async Task<(string Scope, string? Error)> ScopeAsync(string s)\n"),
            ("src/StatusPage/Webhooks/Hook.cs", "internal sealed record WebhookRegistered(Webhook? Webhook, string? Secret, Dictionary<string, string[]> Errors);"),
            ("src/Platform/Pages/Beheer/Gebruiker.cshtml.cs", "    public AdminApi.UserResponse? Person { get; private set; }"),
            ("src/Platform/Identity/UserList.cs", "    endpoints.MapGet(\"/x\", AdminApi.List);"),
            ("src/Billing/Forecast/Pdf.cs", "    public async Task<(string FileName, byte[] Content)?> PdfAsync(Guid tenantId)\n"),
            ("src/Tenants/Contacts/ContactsApi.cs", "        return outcome.Ok ? TypedResults.Ok(outcome.Value!) : TypedResults.ValidationProblem(outcome.Errors!);"),
        };

        var problems = Problems(files).Select(p => p.Key).ToList();

        Assert.Equal(["src/Billing/Outcome.cs:Outcome", "src/StatusPage/Checks/Checks.cs:CheckOutcome", "src/Billing/Stripe/Pay.cs:CheckoutOutcome",
            "src/Billing/Issuing/Issue.cs:IssueResult", "src/ServiceDesk/Intake/MailImporter.cs:Result",
            "src/Tenants/Invitations/Invite.cs:InviteAsync", "src/StatusPage/Webhooks/Hook.cs:WebhookRegistered",
            "src/Platform/Pages/Beheer/Gebruiker.cshtml.cs:AdminApi", "src/Tenants/Contacts/ContactsApi.cs:outcome.Errors!"], problems);
    }

    internal static List<(string Key, string Message)> Problems(IEnumerable<(string Path, string Text)> files)
    {
        var problems = new List<(string, string)>();
        foreach (var (path, text) in files)
        {
            if (path.StartsWith(KernelFolder, StringComparison.Ordinal)) continue;
            foreach (Match m in OutcomeType().Matches(text))
                problems.Add(($"{path}:{m.Groups[1].Value}", $"{path}: {m.Groups[1].Value} is a use-case outcome of its own; use Platform.Kernel.UseCases.Outcome<T>"));
            foreach (Match m in ResultRecord().Matches(text))
                problems.Add(($"{path}:{m.Groups[1].Value}", $"{path}: record {m.Groups[1].Value} looks like a use-case outcome; use Platform.Kernel.UseCases.Outcome<T>, or give a data record the name of what it is (ImportedStatement, ProbeReading)"));
            foreach (Match m in RecordWithErrors().Matches(text))
                problems.Add(($"{path}:{m.Groups[1].Value}", $"{path}: record {m.Groups[1].Value} carries an Errors dictionary, a use-case outcome in disguise; return Platform.Kernel.UseCases.Outcome<T>"));
            foreach (Match m in RefusalReadByHand().Matches(text))
                problems.Add(($"{path}:{m.Groups[1].Value}.Errors!", $"{path}: {m.Groups[1].Value}.Errors! reads a refusal by hand (a 500 when the outcome is a conflict or not found); use the kernel's ToOk/ToCreated/ToNoContent/ToHttp, Into(ModelState) or FieldErrors()"));
            if (path.Contains("/Pages/", StringComparison.Ordinal))
                foreach (Match m in EndpointMember().Matches(text))
                    problems.Add(($"{path}:{m.Groups[1].Value}", $"{path}: a page names the endpoint class {m.Groups[1].Value}; move what both need to the use case or a query class"));
            foreach (Match m in TupleReturn().Matches(text))
                if (ErrorMember().IsMatch(m.Groups["tuple"].Value) && !m.Groups["mods"].Value.Contains("private", StringComparison.Ordinal))
                    problems.Add(($"{path}:{m.Groups["name"].Value}", $"{path}: {m.Groups["name"].Value} returns a tuple with errors; return Platform.Kernel.UseCases.Outcome<T>"));
        }
        return problems;
    }


    [GeneratedRegex(@"\b(?:class|record|struct)\s+(?:class\s+|struct\s+)?(\w*Outcome)\s*[<({\r\n]")]
    private static partial Regex OutcomeType();

    [GeneratedRegex(@"\brecord\s+(?:class\s+|struct\s+)?(\w*Result)\b")]
    private static partial Regex ResultRecord();

    [GeneratedRegex(@"^(?<mods>[ \t]*(?:[a-z]+[ \t]+)*)(?:Task|ValueTask)<\((?<tuple>[^()]*)\)\??>[ \t]+(?<name>\w+)[ \t]*\(", RegexOptions.Multiline)]
    private static partial Regex TupleReturn();

    [GeneratedRegex(@"\brecord\s+(\w+)\s*\([^)]*Dictionary<string,\s*string\[\]>\??\s+Errors\b")]
    private static partial Regex RecordWithErrors();

    [GeneratedRegex(@"\b(\w+)\.Errors!")]
    private static partial Regex RefusalReadByHand();

    [GeneratedRegex(@"\b([A-Z]\w*Api)\.[A-Z]")]
    private static partial Regex EndpointMember();

    [GeneratedRegex(@"\b(?:Errors?|ConflictField)\b")]
    private static partial Regex ErrorMember();
}
