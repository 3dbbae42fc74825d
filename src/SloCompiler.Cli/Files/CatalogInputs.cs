using System.Runtime.CompilerServices;
using SloCompiler.Catalog;
using SloCompiler.Diagnostics;
using SloCompiler.Instrumentation;
using SloCompiler.Text;

namespace SloCompiler.Cli.Files;

/// <summary>
/// Builds one metric catalog from PATH arguments: catalog YAML files (<c>*.yaml</c>, <c>*.yml</c>; in
/// folders only those with <c>kind: MetricCatalog</c>), /metrics snapshots (<c>*.prom</c>, <c>*.metrics</c>,
/// <c>metrics.txt</c>) and C# sources (<c>*.cs</c>); folders are searched recursively. Roslyn is only loaded when there are C# files: the
/// scan sits behind <see cref="ScanCSharp"/>, which the JIT compiles only when it is called, so
/// <c>slo lint</c> with a YAML catalog starts as fast as without one.
/// </summary>
internal static class CatalogInputs
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { "bin", "obj", "node_modules", ".git" };

    /// <param name="service">The service every metric belongs to; when null it is derived from the project or file name.</param>
    public static MetricCatalog Load(IReadOnlyList<string> paths, string? service, CliContext context, DiagnosticBag diagnostics)
    {
        var catalogs = new List<MetricCatalog>();
        var csharp = new List<DiscoveredFile>();
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = context.FullPath(path);
            var explicitFile = File.Exists(full);
            var files = explicitFile ? [full] : Directory.Exists(full) ? Search(full, context, diagnostics).ToList() : null;
            if (files is null)
            {
                diagnostics.Report(DiagnosticDescriptors.PathNotFound, SourceDiscovery.Nowhere(path), path);
                continue;
            }

            foreach (var file in files.Order(StringComparer.Ordinal))
            {
                var discovered = new DiscoveredFile(file, context.DisplayPath(file));
                if (file.EndsWith(".cs", StringComparison.OrdinalIgnoreCase))
                {
                    csharp.Add(discovered);
                    roots.TryAdd(file, Directory.Exists(full) ? full : Path.GetDirectoryName(full)!);
                }
                else if (SourceReader.Read([discovered], diagnostics) is [var source]
                    && (explicitFile || IsSnapshot(file) || Governance.GovernanceFiles.IsCatalog(source.Text)))
                {
                    catalogs.Add(IsSnapshot(file)
                        ? ExpositionParser.Parse(source, service ?? SnapshotService(file), diagnostics)
                        : CatalogYamlReader.Read(source, diagnostics));
                }
            }
        }

        if (csharp.Count > 0)
        {
            var sources = SourceReader.Read(csharp, diagnostics);
            var services = csharp.ToDictionary(f => f.DisplayPath, f => service ?? ProjectService(f.FullPath, roots[f.FullPath]), StringComparer.Ordinal);
            catalogs.Add(ScanCSharp(sources, file => services.GetValueOrDefault(file.Path), diagnostics));
        }

        return MetricCatalog.Merge(catalogs);
    }

    public static bool IsSnapshot(string path) =>
        path.EndsWith(".prom", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".metrics", StringComparison.OrdinalIgnoreCase)
        || Path.GetFileName(path).Equals("metrics.txt", StringComparison.OrdinalIgnoreCase);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static MetricCatalog ScanCSharp(IReadOnlyList<SourceFile> sources, Func<SourceFile, string?> serviceOf, DiagnosticBag diagnostics) =>
        CSharpMetricScanner.Scan(sources, serviceOf, diagnostics);

    /// <summary>Candidate files under a folder; links are reported (SLO905) and never followed.</summary>
    private static IEnumerable<string> Search(string folder, CliContext context, DiagnosticBag diagnostics)
    {
        foreach (var entry in FolderWalk.Entries(folder, child => SkippedFolders.Contains(Path.GetFileName(child))))
        {
            var candidate = entry.FullPath.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || IsSnapshot(entry.FullPath)
                || entry.FullPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || entry.FullPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);
            if (entry.Kind == FileKind.SymbolicLink)
            {
                if (candidate || Directory.Exists(entry.FullPath))
                {
                    var shown = context.DisplayPath(entry.FullPath);
                    diagnostics.Report(DiagnosticDescriptors.SymbolicLinkNotFollowed, SourceDiscovery.Nowhere(shown), shown);
                }
            }
            else if (candidate)
            {
                yield return entry.FullPath;
            }
        }
    }

    /// <summary><c>snapshots/payments-api.prom</c> → payments-api; a <c>metrics.txt</c> is named by its folder.</summary>
    private static string SnapshotService(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        return ServiceName(name is "metrics" ? Path.GetFileName(Path.GetDirectoryName(file)!) : name);
    }

    /// <summary>The nearest <c>*.csproj</c> above the file (not above the scanned folder) names the service; else the scanned folder.</summary>
    private static string ProjectService(string file, string root)
    {
        for (var folder = Path.GetDirectoryName(file); folder is not null && folder.Length >= root.Length; folder = Path.GetDirectoryName(folder))
        {
            if (Directory.EnumerateFiles(folder, "*.csproj").Order(StringComparer.Ordinal).FirstOrDefault() is { } project)
            {
                return ServiceName(Path.GetFileNameWithoutExtension(project));
            }
        }

        return ServiceName(Path.GetFileName(Path.GetDirectoryName(file)!));
    }

    /// <summary><c>Shop.Payments.Api</c> → <c>shop-payments-api</c>, the spelling SLO files use for services.</summary>
    private static string ServiceName(string name) =>
        string.Concat(name.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')).Trim('-');
}
