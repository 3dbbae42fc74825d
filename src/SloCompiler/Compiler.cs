using SloCompiler.Checking;
using SloCompiler.Diagnostics;
using SloCompiler.Emit;
using SloCompiler.Model;
using SloCompiler.Parsing;
using SloCompiler.Text;

namespace SloCompiler;

/// <summary>The result of a compilation: sorted diagnostics, the model (null on errors) and the files to write.</summary>
public sealed record CompileResult(IReadOnlyList<Diagnostic> Diagnostics, SloProgram? Program, IReadOnlyList<OutputFile> Outputs)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
}

/// <summary>The whole pipeline: read → parse → check → model → emit. Stops before emit on errors.</summary>
public static class Compiler
{
    public static CompileResult Compile(IReadOnlyList<SourceFile> sources, EmitOptions? options = null)
    {
        options ??= EmitOptions.Default;
        var checkedProgram = CheckForEmit(sources, options);
        return checkedProgram.Program is { } program
            ? checkedProgram with { Outputs = ArtifactEmitter.EmitAll(program, sources, options) }
            : checkedProgram;
    }

    /// <summary>
    /// Everything <see cref="Compile"/> does but emit: the model (null on errors) and the diagnostics, for a
    /// caller that streams the outputs itself (<see cref="ArtifactEmitter.Stream"/>).
    /// </summary>
    public static CompileResult CheckForEmit(IReadOnlyList<SourceFile> sources, EmitOptions options)
    {
        var (program, documents, diagnostics) = Analyze(sources);
        AlertmanagerOptionsCheck.Check(program.Alertmanager, options, diagnostics);
        RulerOptionsCheck.Check(documents, options.Ruler, diagnostics);
        return new CompileResult(diagnostics.Sorted(), diagnostics.HasErrors ? null : program, []);
    }

    /// <summary>
    /// Parse and check only: what <c>slo lint</c> and <c>slo explain</c> need. With a <paramref name="ruler"/>, the
    /// settings and SLIs that ruler lacks are reported as compile would (SLO153, SLO154): lint passes its target.
    /// </summary>
    public static CompileResult Check(IReadOnlyList<SourceFile> sources, Targets.RulerTarget? ruler = null)
    {
        var (program, documents, diagnostics) = Analyze(sources);
        if (ruler is not null)
        {
            RulerOptionsCheck.Check(documents, ruler, diagnostics);
        }

        return new CompileResult(diagnostics.Sorted(), diagnostics.HasErrors ? null : program, []);
    }

    private static (SloProgram Program, IReadOnlyList<Syntax.SloDocumentSyntax> Documents, DiagnosticBag Diagnostics) Analyze(IReadOnlyList<SourceFile> sources)
    {
        var diagnostics = new DiagnosticBag();
        var documents = SourceParser.ParseAll(sources, diagnostics);
        return (ProgramChecker.Check(documents, diagnostics), documents, diagnostics);
    }
}
