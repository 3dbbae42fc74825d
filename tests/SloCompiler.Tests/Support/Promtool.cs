namespace SloCompiler.Tests.Support;

/// <summary>
/// Runs the real promtool. A missing promtool fails the test: the generated files are only
/// trustworthy once Prometheus itself has accepted them.
/// </summary>
internal static class Promtool
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        ExternalTool.Run(
            ExternalTool.Locate("promtool", "run build/install-tools.sh (Prometheus 2.42 or later) and retry."),
            workingDirectory,
            arguments);
}
