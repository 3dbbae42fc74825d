using SloCompiler.Emit.Alertmanager;
using SloCompiler.Emit.Grafana;
using SloCompiler.Emit.Kubernetes;
using SloCompiler.Model;
using SloCompiler.Text;

namespace SloCompiler.Emit;

/// <summary>Runs every emitter over the model; each emitter is a pure function of the model.</summary>
public static class ArtifactEmitter
{
    public static IReadOnlyList<OutputFile> EmitAll(SloProgram program, IReadOnlyList<SourceFile> sources, EmitOptions options)
    {
        var files = new List<OutputFile>();
        foreach (var service in program.Services)
        {
            files.Add(PrometheusRulesEmitter.Emit(service, options));
            files.Add(PromtoolTestEmitter.Emit(service));
        }

        files.AddRange(GrafanaEmitter.Emit(program, options));
        if (options.AlertmanagerBase is { } platform && program.Alertmanager.HasReceivers)
        {
            files.Add(AlertmanagerMerger.Merge(program, platform));
            files.Add(NotificationTemplates.Emit(program));
        }
        else if (AlertmanagerEmitter.Emit(program, options.AlertmanagerMode, options.DefaultReceiver) is { } alertmanager)
        {
            files.Add(alertmanager);
            files.Add(NotificationTemplates.Emit(program));
        }

        if (options.Target == OutputTarget.Kubernetes)
        {
            // Wraps the files above, so it runs after them and before the manifest lists everything.
            files.AddRange(KubernetesEmitter.Emit(program, files, options));
        }

        // Inputs are the files that held SLO documents: a rule file, catalog or Alertmanager
        // configuration beside them was read but produced nothing, so it is not an input.
        var inputs = sources.Where(s => program.SourcePaths.Contains(s.Path, StringComparer.Ordinal)).ToList();
        files.Add(ManifestEmitter.Emit(inputs, files, options));
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }
}
