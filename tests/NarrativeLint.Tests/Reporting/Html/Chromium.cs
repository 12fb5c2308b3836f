using Microsoft.Playwright;

namespace NarrativeLint.Tests.Reporting.Html;

/// <summary>
/// Debian's headless Chromium driven by Playwright: Playwright cannot download its own browsers here, so it is
/// pointed at <c>/usr/bin/chromium</c> (installed by .ci/run), with a fresh profile and nothing that calls out.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    IPlaywright? playwright;
    string? profile;

    public IBrowserContext Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"{ExecutablePath} is missing: install Debian's chromium package (apt-get install -y chromium; .ci/run does).");
        playwright = await Playwright.CreateAsync();
        profile = Directory.CreateTempSubdirectory("narrativelint-chromium-").FullName;
        Browser = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync"],
            ViewportSize = new ViewportSize { Width = 1400, Height = 900 },
            Offline = true,
        });
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright?.Dispose();
        if (profile is not null) Directory.Delete(profile, recursive: true);
    }
}
