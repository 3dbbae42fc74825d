using System.Text.Json;
using SloCompiler.Tests.Cli;
using SloCompiler.Tests.Support;

namespace SloCompiler.Tests.Live;

/// <summary>
/// Every generated promtool test file (generated/tests/*.test.yml) replayed under a real VictoriaMetrics 1.79
/// and vmalert: the input series of each test case imported into its own slot of one time line
/// (<see cref="ScenarioTimeline"/>), then each service's rule file replayed by <c>vmalert -replay</c> over its
/// slots, several files at once (replay mostly waits between rules). The <c>ALERTS</c> samples replay writes
/// are what the tests compare to promtool's expectations. The server runs with a 5m minimum staleness
/// interval, Prometheus' lookback: VictoriaMetrics otherwise derives it from the sample interval and sees a
/// series that stopped as gone after about two minutes, so an absence would count from another moment.
/// </summary>
public sealed class VmalertScenarioFixture : IDisposable
{
    private const int ConcurrentReplays = 8;

    // Under load (several replays at once on a shared machine) a recording takes more than a second to
    // become searchable, and the next rule of its chain would read nothing.
    private const int RulesDelaySeconds = 3;

    // Far enough in the past that the slots of every file fit before today (VictoriaMetrics refuses samples from the future).
    private static readonly DateTimeOffset Origin = new(2019, 1, 7, 0, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();
    private readonly Dictionary<string, FileReplay> _files = new(StringComparer.Ordinal);

    public VmalertScenarioFixture()
    {
        using var server = VictoriaMetricsServer.Start(Path.Combine(_folder.Path, "storage"), "-search.minStalenessInterval=5m");
        var start = Origin;
        foreach (var testFile in TestFiles())
        {
            var ruleFile = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(testFile)!, RuleFileOf(testFile)));
            var (scenarios, end) = ScenarioTimeline.Lay(testFile, ruleFile, start);
            server.Import(ScenarioTimeline.PrometheusText(scenarios));
            _files[Path.GetFileName(testFile)] = new FileReplay(ruleFile, scenarios, start, end);
            start = end;
        }

        Parallel.ForEach(_files.Values, new ParallelOptions { MaxDegreeOfParallelism = ConcurrentReplays }, file =>
        {
            try
            {
                server.Replay(file.RuleFile, file.From, file.To, _folder.Path, RulesDelaySeconds);
            }
            catch (Exception e) when (e is Xunit.Sdk.XunitException or TimeoutException)
            {
                file.Error = e.Message.Length > 4000 ? "…" + e.Message[^4000..] : e.Message;
            }
        });

        foreach (var file in _files.Values.Where(f => f.Error is null))
        {
            file.Firing = server.Export("ALERTS{alertstate=\"firing\"}", file.From, file.To).SelectMany(Samples).ToList();
        }
    }

    /// <summary>The generated test files by name, for the theory.</summary>
    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var file in TestFiles())
        {
            data.Add(Path.GetFileName(file));
        }

        return data;
    }

    internal FileReplay this[string testFileName] => _files[testFileName];

    public void Dispose() => _folder.Dispose();

    private static IEnumerable<string> TestFiles() =>
        Directory.GetFiles(RepoRoot.Combine("generated", "tests"), "*.test.yml").Order(StringComparer.Ordinal);

    private static string RuleFileOf(string testFile)
    {
        var yaml = new YamlDotNet.RepresentationModel.YamlStream();
        using (var reader = new StreamReader(testFile))
        {
            yaml.Load(reader);
        }

        var ruleFiles = (YamlDotNet.RepresentationModel.YamlSequenceNode)((YamlDotNet.RepresentationModel.YamlMappingNode)yaml.Documents[0].RootNode)["rule_files"];
        return ((YamlDotNet.RepresentationModel.YamlScalarNode)ruleFiles.Single()).Value!;
    }

    private static IEnumerable<FiringSample> Samples(string exportLine)
    {
        using var json = JsonDocument.Parse(exportLine);
        var labels = json.RootElement.GetProperty("metric").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var name = labels["alertname"];
        return json.RootElement.GetProperty("timestamps").EnumerateArray()
            .Select(t => new FiringSample(name, labels, DateTimeOffset.FromUnixTimeMilliseconds(t.GetInt64())))
            .ToList();
    }

    /// <summary>One test file's slots and what replaying its rule file over them wrote.</summary>
    internal sealed class FileReplay(string ruleFile, IReadOnlyList<ReplayedScenario> scenarios, DateTimeOffset from, DateTimeOffset to)
    {
        public string RuleFile { get; } = ruleFile;

        public IReadOnlyList<ReplayedScenario> Scenarios { get; } = scenarios;

        public DateTimeOffset From { get; } = from;

        public DateTimeOffset To { get; } = to;

        public string? Error { get; set; }

        public IReadOnlyList<FiringSample> Firing { get; set; } = [];
    }
}
