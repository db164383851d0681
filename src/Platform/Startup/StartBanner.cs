using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Platform.Startup;

internal static class StartBanner
{
    public static void Print(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var url = addresses.FirstOrDefault() ?? "(test server)";
        var demo = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<StartupOptions>>().Value.SeedDemoData;
        Console.WriteLine($"""

            ==============================================================
             Mijn Burgerprofiel platform draait op {url}
             Aanmelden:   {url}/aanmelden
             API:         {url}/api-docs   (OpenAPI: {url}/openapi/v1.json)
             Gezondheid:  {url}/healthz
            {(demo ? """
             Demo-gebruikers (wachtwoord: Burgerprofiel-demo-2026):
               platform@demo.burgerprofiel.be   platformbeheerder
               beheer.gent@demo.burgerprofiel.be  beheerder Stad Gent
               melder.gent@demo.burgerprofiel.be  melder Stad Gent
               financien@demo.burgerprofiel.be  financiën EV DV
               servicedesk@demo.burgerprofiel.be  servicedeskmedewerker
            """ : " Geen demodata (Platform:SeedDemoData=false).")}
            ==============================================================
            """);
    }
}
