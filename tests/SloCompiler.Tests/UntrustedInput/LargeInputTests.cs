using System.Diagnostics;
using SloCompiler.Text;

namespace SloCompiler.Tests.UntrustedInput;

/// <summary>Inputs far larger than real ones stay linear: 100,000 service labels took 299 s before.</summary>
public class LargeInputTests
{
    [Fact]
    public void A_service_with_100000_labels_compiles_in_linear_time()
    {
        var labels = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => $"l{i} = \"v{i}\""));
        var source = new SourceFile("labels.slo", $$"""
            service api {
              team platform
              labels { {{labels}} }
              slo availability {
                objective 99.9% over 30d
                ratio { bad http_requests_total{job="api", code=~"5.."}  total http_requests_total{job="api"} }
              }
            }

            """);
        var clock = Stopwatch.StartNew();

        var result = Compiler.Compile([source]);

        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60), "a generous bound on a shared machine; it takes a few seconds");
        result.HasErrors.Should().BeFalse();
        result.Outputs.Single(o => o.RelativePath.EndsWith(".rules.yml", StringComparison.Ordinal)).Content.Should().Contain("l99999: v99999");
    }
}
