using Platform.Kernel.Tenancy;
using Billing.Domain;
using Billing.Persistence;
using Microsoft.EntityFrameworkCore;
using Platform.Kernel.Formatting;
using Platform.Kernel.Mail;
using Platform.Kernel.Security;

namespace Billing.Pricing;

/// <summary>Tells every tenant's admins of a price change before it applies; the sent-log row makes it once per tenant.</summary>
internal sealed class PriceChangeNotifier(BillingDbContext db, ITenantDirectory directory, IPlatformUsers users, IMailSender mail, TimeProvider clock)
{
    public async Task NotifyAsync(PriceListVersion version, CancellationToken ct)
    {
        var told = (await db.PriceChangeNotices.Where(n => n.EffectiveYear == version.EffectiveYear).Select(n => n.TenantId).ToListAsync(ct)).ToHashSet();
        var text = Body(version);
        foreach (var tenant in await directory.AllAsync(ct))
        {
            if (told.Contains(tenant.Id)) continue;
            var admins = await users.ListAsync(tenant.Id, Roles.TenantAdmin, ct);
            db.PriceChangeNotices.Add(new PriceChangeNotice { EffectiveYear = version.EffectiveYear, TenantId = tenant.Id, SentAt = clock.GetUtcNow(), Recipients = admins.Count });
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                continue; // another node told this tenant already
            }
            foreach (var admin in admins)
                await mail.SendAsync(new OutgoingMail(admin.Email, $"Nieuwe abonnementsprijzen vanaf {version.EffectiveYear}", text), ct);
        }
    }

    private static string Body(PriceListVersion version) =>
        $"Beste,\n\nVanaf 1 januari {version.EffectiveYear} gelden nieuwe jaarbedragen voor het abonnement op de Mijn Burgerprofiel-app " +
        "(geen btw, artikel 6 btw-wetboek):\n\n" +
        string.Join("\n", version.Tiers.Select(t => $"- {t.Name}: {Dutch.Money(t.AnnualFee)} per jaar")) +
        "\n\nDe factuur voor een jaar gebruikt het aantal inwoners op 1 januari van dat jaar.\n\nMet vriendelijke groeten,\nEigen Vermogen Digitaal Vlaanderen\n";
}
