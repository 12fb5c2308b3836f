using NarrativeLint.Reporting;
using NarrativeLint.Tests.Robustness;

namespace NarrativeLint.Tests.Reporting;

public class AtomicFileTests
{
    [Fact]
    public void A_write_that_throws_midway_leaves_the_old_file_intact_and_no_temporary_file()
    {
        using var folder = new TempFolder();
        var report = folder.Write("report.sarif", "old report\n");

        Should.Throw<IOException>(() => AtomicFile.Write(report, stream =>
        {
            stream.Write(new byte[100_000]);
            throw new IOException("disk full");
        }));

        File.ReadAllText(report).ShouldBe("old report\n");
        Directory.GetFiles(folder.Root).Select(Path.GetFileName).ShouldBe(["report.sarif"]);
    }

    [Fact]
    public void A_write_that_succeeds_replaces_the_file_and_leaves_no_temporary_file()
    {
        using var folder = new TempFolder();
        var report = folder.Write("out/report.json", "old");

        AtomicFile.WriteAllText(report, "new report");

        File.ReadAllText(report).ShouldBe("new report");
        Directory.GetFiles(folder.PathOf("out")).Select(Path.GetFileName).ShouldBe(["report.json"]);
    }

    [Fact]
    public void A_write_into_a_missing_folder_creates_it()
    {
        using var folder = new TempFolder();
        AtomicFile.WriteAllText(folder.PathOf("a/b/report.txt"), "x");
        File.ReadAllText(folder.PathOf("a/b/report.txt")).ShouldBe("x");
    }

    [Fact]
    public void A_write_to_the_null_device_writes_to_it_and_leaves_it_a_device()
    {
        if (OperatingSystem.IsWindows()) return; // no /dev there; "NUL" is no path a rename can replace

        // "check --output /dev/null": a rename over the device (as root, as CI runs) would leave a regular file holding the report.
        AtomicFile.WriteAllText("/dev/null", "a report nobody keeps");

        File.ReadAllText("/dev/null").ShouldBeEmpty();
        Directory.GetFiles("/dev", ".null.*.tmp").ShouldBeEmpty();
    }
}
