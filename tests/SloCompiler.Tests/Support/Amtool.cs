using System.Diagnostics;

namespace SloCompiler.Tests.Support;

/// <summary>
/// Runs the real amtool. A missing amtool fails the test: the generated configuration is only
/// trustworthy once Alertmanager itself has accepted it.
/// </summary>
internal static class Amtool
{
    private static readonly string[] Locations = ["/usr/bin/amtool", "/usr/local/bin/amtool"];

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
            throw new TimeoutException($"amtool {string.Join(' ', arguments)} did not finish within 5 minutes.");
        }

        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }

    private static string Locate()
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "amtool"));
        var found = Locations.Concat(onPath).FirstOrDefault(File.Exists);
        Assert.True(found is not null, "amtool is not installed; run build/install-tools.sh (Alertmanager 0.25 or later) and retry.");
        return found!;
    }
}
