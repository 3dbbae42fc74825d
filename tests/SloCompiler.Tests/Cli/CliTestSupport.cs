using System.Diagnostics;
using SloCompiler.Cli;

namespace SloCompiler.Tests.Cli;

/// <summary>A fresh folder under the system temp folder, deleted afterwards.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "slo-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relativePath, string content)
    {
        var full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return full;
    }

    public string Read(string relativePath) => File.ReadAllText(System.IO.Path.Combine(Path, relativePath));

    public bool Exists(string relativePath) => File.Exists(System.IO.Path.Combine(Path, relativePath));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test.
        }
    }
}

/// <summary>What one in-process run of the CLI printed and returned.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(string workingDirectory, params string[] args) =>
        Of(workingDirectory, CliEnvironment.Plain, args);

    public static CliRun Of(string workingDirectory, CliEnvironment environment, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, workingDirectory, environment);
        return new CliRun(exit, stdout.ToString(), stderr.ToString());
    }
}

/// <summary>Runs git in a test folder (for <c>--changed-since</c>); a failing git command fails the test.</summary>
internal static class GitRepo
{
    public static void Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = workingDirectory, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.Should().Be(0, error.Result);
    }
}

/// <summary>Runs work that an attack could make hang, so a regression fails the test instead of hanging the suite.</summary>
internal static class Bounded
{
    public static T Within<T>(TimeSpan limit, Func<T> work)
    {
        var task = Task.Factory.StartNew(work, TaskCreationOptions.LongRunning);
        task.Wait(limit).Should().BeTrue($"the work must finish within {limit.TotalSeconds} s; it hung");
        return task.Result;
    }

    public static CliRun Cli(string workingDirectory, params string[] args) =>
        Within(TimeSpan.FromSeconds(30), () => CliRun.Of(workingDirectory, args));
}

/// <summary>Special files an attacker can commit or create: named pipes (via mkfifo) and symbolic links.</summary>
internal static class SpecialFiles
{
    public static string Fifo(string path)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        using var process = Process.Start(new ProcessStartInfo("mkfifo") { ArgumentList = { path } })!;
        process.WaitForExit();
        process.ExitCode.Should().Be(0);
        return path;
    }

    public static string Executable(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    public static string Link(string path, string target)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
        return path;
    }
}
