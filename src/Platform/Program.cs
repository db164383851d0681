using Platform.Startup;

var builder = WebApplication.CreateBuilder(args);
builder.AddPlatform();
var app = builder.Build();

if (args.Contains("migrate"))
{
    // Operators: `dotnet run --project src/Platform -- migrate` applies migrations and exits.
    await app.Services.GetRequiredService<PlatformStartup>().MigrateAsync();
    return;
}

await app.Services.GetRequiredService<PlatformStartup>().RunAsync();
app.UsePlatform();
app.Lifetime.ApplicationStarted.Register(() => StartBanner.Print(app));
await app.RunAsync();

public partial class Program;
