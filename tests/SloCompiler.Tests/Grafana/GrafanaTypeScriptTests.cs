using System.Diagnostics;
using System.Text;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Grafana;

/// <summary>
/// Type-checks every generated dashboard against Grafana's own published TypeScript types
/// (@grafana/schema, pinned in build/grafana-types/package-lock.json) with <c>tsc --noEmit</c>.
/// Missing node or npm fails the test: the schema in the repo is ours, this check is Grafana's.
/// </summary>
public sealed class GrafanaTypeScriptTests
{
    private static readonly string TypesFolder = RepoRoot.Combine("build", "grafana-types");

    [Fact]
    public void Dashboards_satisfy_grafanas_published_types()
    {
        var install = Run(RepoRoot.Path, "bash", RepoRoot.Combine("build", "install-grafana-types.sh"));
        install.ExitCode.Should().Be(0, $"build/install-grafana-types.sh should succeed (needs node and npm):\n{install.Output}");

        var generated = Path.Combine(TypesFolder, "generated");
        Directory.CreateDirectory(generated);
        File.WriteAllText(Path.Combine(generated, "check.ts"), CheckFile(), new UTF8Encoding(false));

        var tsc = Run(TypesFolder, "npx", "--no-install", "tsc", "--noEmit", "-p", ".");
        tsc.ExitCode.Should().Be(0, $"tsc should accept every generated dashboard:\n{tsc.Output}");
    }

    /// <summary>
    /// Each dashboard as an object literal ending in <c>satisfies GeneratedDashboard</c>: a literal (not an
    /// imported .json file) keeps string literal types and excess-property checks.
    /// </summary>
    private static string CheckFile()
    {
        var builder = new StringBuilder()
            .Append("// Written by GrafanaTypeScriptTests; not committed.\n")
            .Append("import type { GeneratedDashboard } from '../src/dashboard-types';\n");
        var index = 0;
        foreach (var language in new[] { "en", "es" })
        {
            foreach (var file in GrafanaFixtures.Dashboards(language))
            {
                builder.Append($"\n// {language}: {file.RelativePath}\n")
                    .Append($"export const dashboard{index++} = ")
                    .Append(file.Content.TrimEnd())
                    .Append(" satisfies GeneratedDashboard;\n");
            }
        }

        return builder.ToString();
    }

    private static (int ExitCode, string Output) Run(string workingDirectory, string executable, params string[] arguments)
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

        Process? process;
        try
        {
            process = Process.Start(start);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Assert.Fail($"Could not run {executable} ({e.Message}); install Node.js 20+ with npm, then run build/install-grafana-types.sh.");
            throw;
        }

        using (process)
        {
            Assert.NotNull(process);
            var stderr = process.StandardError.ReadToEndAsync();
            var stdout = process.StandardOutput.ReadToEnd();
            if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"{executable} {string.Join(' ', arguments)} did not finish within 5 minutes.");
            }

            return (process.ExitCode, stdout + stderr.GetAwaiter().GetResult());
        }
    }
}
