using System.Diagnostics;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Runs git for <c>--changed-since</c>. A failure is a usage error with git's own first line, since the
/// user named the revision or the folder.
/// </summary>
internal static class GitCommand
{
    /// <summary>git's standard output as text.</summary>
    public static string Run(string workingDirectory, params string[] args)
    {
        var output = string.Empty;
        Run(workingDirectory, args, stream =>
        {
            using var reader = new StreamReader(stream);
            output = reader.ReadToEnd();
        });
        return output;
    }

    /// <summary>git's standard output as a stream, for binary output such as <c>git archive</c>.</summary>
    public static void Run(string workingDirectory, IReadOnlyList<string> args, Action<Stream> readOutput)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new UsageException("--changed-since needs git, which did not start", "install git");
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new UsageException("--changed-since needs git on PATH", "install git or drop --changed-since");
        }

        using (process)
        {
            var errorTask = process.StandardError.ReadToEndAsync();
            readOutput(process.StandardOutput.BaseStream);
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                var message = errorTask.Result.Trim().Split('\n')[0];
                throw new UsageException($"--changed-since: git {args[0]} failed: {message}", "run slo inside a git work tree and give a revision that exists, e.g. origin/main");
            }
        }
    }
}
