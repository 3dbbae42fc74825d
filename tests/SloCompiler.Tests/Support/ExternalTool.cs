using System.Diagnostics;

namespace SloCompiler.Tests.Support;

/// <summary>
/// Finds and runs a real validator (promtool, amtool, node, npx). A missing tool fails the test with
/// the install hint: a validator that silently does not run proves nothing.
/// </summary>
internal static class ExternalTool
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);

    /// <summary>The tool in /usr/bin, /usr/local/bin or on PATH; fails the test with <paramref name="missingHint"/> otherwise.</summary>
    public static string Locate(string name, string missingHint)
    {
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name));
        var found = new[] { $"/usr/bin/{name}", $"/usr/local/bin/{name}" }.Concat(onPath).FirstOrDefault(File.Exists);
        Assert.True(found is not null, $"{name} is not installed; {missingHint}");
        return found!;
    }

    /// <summary>Exit code and standard output followed by standard error.</summary>
    public static (int ExitCode, string Output) Run(string executable, string workingDirectory, IEnumerable<string> arguments)
    {
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
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(executable)} {string.Join(' ', start.ArgumentList)} did not finish within {Timeout.TotalMinutes} minutes.");
        }

        return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
    }
}
