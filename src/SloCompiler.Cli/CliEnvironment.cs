namespace SloCompiler.Cli;

/// <summary>
/// What the CLI needs from the process environment, passed in so tests can run the CLI in-process
/// without touching real environment variables or a real terminal.
/// </summary>
internal sealed record CliEnvironment(bool OutputIsTerminal, bool NoColor, bool Debug)
{
    /// <summary>Colour only for a human at a terminal who has not opted out (https://no-color.org).</summary>
    public bool UseColor => OutputIsTerminal && !NoColor;

    /// <summary><c>SLO_PROMETHEUS_URL</c>: the server <c>slo status</c> and friends read when <c>--prometheus</c> is not given.</summary>
    public string? PrometheusUrl { get; init; }

    public static CliEnvironment FromProcess() =>
        FromVariables(!Console.IsOutputRedirected, Environment.GetEnvironmentVariable);

    public static CliEnvironment FromVariables(bool outputIsTerminal, Func<string, string?> getVariable) =>
        new(
            outputIsTerminal,
            NoColor: !string.IsNullOrEmpty(getVariable("NO_COLOR")),
            Debug: getVariable("SLO_DEBUG") == "1")
        {
            PrometheusUrl = getVariable("SLO_PROMETHEUS_URL") is { Length: > 0 } url ? url : null,
        };

    /// <summary>Plain output, as in CI logs and tests.</summary>
    public static CliEnvironment Plain { get; } = new(false, false, false);
}
