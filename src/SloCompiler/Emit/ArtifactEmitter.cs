using SloCompiler.Emit.Alertmanager;
using SloCompiler.Emit.Grafana;
using SloCompiler.Emit.Kubernetes;
using SloCompiler.Model;
using SloCompiler.Text;

namespace SloCompiler.Emit;

/// <summary>Runs every emitter over the model; each emitter is a pure function of the model.</summary>
public static class ArtifactEmitter
{
    /// <summary>Every output, the manifest included, sorted by path: for callers that want them all in memory.</summary>
    public static IReadOnlyList<OutputFile> EmitAll(SloProgram program, IReadOnlyList<SourceFile> sources, EmitOptions options)
    {
        var files = Stream(program, options).ToList();
        files.Add(ManifestEmitter.Emit(ManifestInputs(program, sources), files, options));
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Every output but the manifest, one at a time (service by service, then the files of the whole
    /// program), so a caller that writes each file and keeps only its hash holds one file in memory, not
    /// ten thousand services' worth. The order is fixed but not sorted; the manifest is built from the
    /// hashes afterwards (<see cref="ManifestEmitter"/>).
    /// </summary>
    public static IEnumerable<OutputFile> Stream(SloProgram program, EmitOptions options) =>
        Stream(program, options, KubernetesEmitter.MaxObjectBytes);

    /// <summary>The same with PrometheusRule objects split above <paramref name="maxObjectBytes"/>, so tests can force splits.</summary>
    internal static IEnumerable<OutputFile> Stream(SloProgram program, EmitOptions options, int maxObjectBytes)
    {
        ArgumentNullException.ThrowIfNull(program);
        ArgumentNullException.ThrowIfNull(options);
        var kubernetes = options.Target == OutputTarget.Kubernetes;
        var text = DashboardText.For(options.DashboardLanguage);
        foreach (var service in program.Services)
        {
            yield return PrometheusRulesEmitter.Emit(service, options);
            yield return PromtoolTestEmitter.Emit(service, options);
            if (PrometheusRulesEmitter.WritesQueryOffset(service, options))
            {
                yield return PrometheusRulesEmitter.EmitForPromtool(service, options);
            }

            var dashboard = DashboardEmitter.Emit(service, text, options.SourceUrl);
            yield return dashboard;
            if (kubernetes)
            {
                // The Kubernetes objects wrap the plain files: written beside them, while they are at hand.
                foreach (var rule in PrometheusRuleEmitter.Emit(service, options, maxObjectBytes))
                {
                    yield return rule;
                }

                yield return DashboardConfigMapEmitter.For(dashboard, Conventions.Header(service), options);
            }
        }

        var overview = OverviewEmitter.Emit(program, text);
        yield return overview;
        yield return ProvisioningEmitter.Emit();
        if (kubernetes)
        {
            yield return DashboardConfigMapEmitter.For(overview, Conventions.Header(program.SourcePaths), options);
        }

        foreach (var file in AlertmanagerFiles(program, options))
        {
            yield return file;
        }
    }

    /// <summary>
    /// The manifest's inputs: the files that held SLO documents. A rule file, catalog or Alertmanager
    /// configuration beside them was read but produced nothing, so it is not an input.
    /// </summary>
    public static IReadOnlyList<SourceFile> ManifestInputs(SloProgram program, IReadOnlyList<SourceFile> sources) =>
        sources.Where(s => program.SourcePaths.Contains(s.Path, StringComparer.Ordinal)).ToList();

    private static IEnumerable<OutputFile> AlertmanagerFiles(SloProgram program, EmitOptions options)
    {
        if (options.AlertmanagerBase is { } platform && program.Alertmanager.HasReceivers)
        {
            yield return AlertmanagerMerger.Merge(program, platform);
            yield return NotificationTemplates.Emit(program);
        }
        else if (AlertmanagerEmitter.Emit(program, options.AlertmanagerMode, options.DefaultReceiver) is { } alertmanager)
        {
            yield return alertmanager;
            yield return NotificationTemplates.Emit(program);
        }
    }
}
