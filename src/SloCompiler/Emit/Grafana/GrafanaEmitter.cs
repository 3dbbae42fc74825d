using SloCompiler.Model;

namespace SloCompiler.Emit.Grafana;

/// <summary>
/// Grafana output: <c>grafana/&lt;service&gt;.json</c> per service, <c>grafana/overview.json</c> and
/// <c>grafana/provisioning.yaml</c>. Every panel query reads only series the generated rules record
/// (plus Prometheus' <c>ALERTS</c>), through a <c>datasource</c> template variable.
/// </summary>
public static class GrafanaEmitter
{
    /// <summary>All Grafana files, sorted by path; <paramref name="language"/> is <c>en</c> or <c>es</c>.</summary>
    public static IReadOnlyList<OutputFile> Emit(SloProgram program, string language, string? sourceUrl = null)
    {
        ArgumentNullException.ThrowIfNull(program);
        var text = DashboardText.For(language);
        var files = program.Services.Select(service => DashboardEmitter.Emit(service, text, sourceUrl)).ToList();
        files.Add(OverviewEmitter.Emit(program, text));
        files.Add(ProvisioningEmitter.Emit());
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>The same, with the language from <see cref="EmitOptions.DashboardLanguage"/> and links to <see cref="EmitOptions.SourceUrl"/>.</summary>
    public static IReadOnlyList<OutputFile> Emit(SloProgram program, EmitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Emit(program, options.DashboardLanguage, options.SourceUrl);
    }
}
