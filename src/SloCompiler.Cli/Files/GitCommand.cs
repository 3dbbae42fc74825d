using System.Diagnostics;
using System.Text;

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
            using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            output = reader.ReadToEnd();
        });
        return output;
    }

    /// <summary>git's standard output as a stream, for binary output such as <c>git archive</c>.</summary>
    public static void Run(string workingDirectory, IReadOnlyList<string> args, Action<Stream> readOutput)
    {
        // An absolute path from PATH: a bare "git" would also be looked up in the current folder,
        // where a pull request could have committed its own.
        var git = GitExecutable.Find(Environment.GetEnvironmentVariable("PATH"))
            ?? throw new UsageException("--changed-since needs git on PATH", "install git or drop --changed-since");
        var start = new ProcessStartInfo(git)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardErrorEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
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
                throw new UsageException($"--changed-since: git {args.First(a => !a.StartsWith('-') && !a.Contains('='))} failed: {message}", "run slo inside a git work tree and give a revision that exists, e.g. origin/main");
            }
        }
    }
}
