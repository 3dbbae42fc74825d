using SloCompiler.Emit.Grafana;
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
            files.Add(PrometheusRulesEmitter.Emit(service));
            files.Add(PromtoolTestEmitter.Emit(service));
        }

        files.AddRange(GrafanaEmitter.Emit(program, options));

        files.Add(ManifestEmitter.Emit(sources, files));
        return files.OrderBy(f => f.RelativePath, StringComparer.Ordinal).ToList();
    }
}
