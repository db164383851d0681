namespace Platform.Tests.Infrastructure;

/// <summary>Base of tests that run once per database provider. On PostgreSQL without a connection string the
/// tests are reported as skipped (and .ci/run fails on any skip, so CI always runs them).</summary>
public abstract class DatabaseTest
{
    private readonly PlatformApp _app;

    protected DatabaseTest(PlatformApp app)
    {
        _app = app;
    }

    protected PlatformApp App
    {
        get
        {
            Skip.IfNot(_app.Available, "PostgreSQL tests need PLATFORM_TEST_POSTGRES (bash .ci/run sets it).");
            return _app;
        }
    }

    protected Api Api => App.Api();
}
