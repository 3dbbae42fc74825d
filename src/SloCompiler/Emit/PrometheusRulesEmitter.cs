using SloCompiler.Model;

namespace SloCompiler.Emit;

/// <summary>One service → <c>prometheus/&lt;service&gt;.rules.yml</c>. STUB.</summary>
public static class PrometheusRulesEmitter
{
    public static OutputFile Emit(ServiceModel service) => throw new NotImplementedException();
}
