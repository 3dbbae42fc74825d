namespace SloCompiler.Tests.Support;

/// <summary>
/// Runs the real <c>vmalert</c> (Debian's victoria-metrics package), the ruler teams run past one
/// Prometheus. A missing vmalert fails the test.
/// </summary>
internal static class Vmalert
{
    public static (int ExitCode, string Output) Run(string workingDirectory, params string[] arguments) =>
        ExternalTool.Run(
            ExternalTool.Locate("vmalert", "run build/install-tools.sh (Debian's victoria-metrics package) and retry."),
            workingDirectory,
            arguments);
}
