using System.Diagnostics;

namespace SloCompiler.Tests.Support;

/// <summary>
/// Runs the real promtool. A missing promtool fails the test: the generated files are only
/// trustworthy once Prometheus itself has accepted them.
/// </summary>
internal static class Promtool
{
    private static readonly string[] Locations = ["/usr/bin/promtool", "/usr/local/bin/promtool"];

    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments)
    {
        var executable = Locate();
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {executable}.");
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"promtool {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "promtool"));
        var found = Locations.Concat(onPath).FirstOrDefault(File.Exists);
        Assert.True(found is not null, "promtool is not installed; run build/install-tools.sh (Prometheus 2.42 or later) and retry.");
        return found!;
    }
}
