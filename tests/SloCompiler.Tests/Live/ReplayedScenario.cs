namespace SloCompiler.Tests.Live;

/// <summary>Where one promtool test case was laid out in VictoriaMetrics: its minute 0, and what promtool expects from there.</summary>
internal sealed record ReplayedScenario(string TestFile, Support.PromtoolTestCase Case, DateTimeOffset Start);

/// <summary>One firing sample of <c>ALERTS</c> as vmalert's replay wrote it.</summary>
internal sealed record FiringSample(string AlertName, IReadOnlyDictionary<string, string> Labels, DateTimeOffset Time);
