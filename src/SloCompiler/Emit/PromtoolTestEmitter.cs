using SloCompiler.Model;

namespace SloCompiler.Emit;

/// <summary>One service → <c>tests/&lt;service&gt;.test.yml</c> for <c>promtool test rules</c>. STUB.</summary>
public static class PromtoolTestEmitter
{
    public static OutputFile Emit(ServiceModel service) => throw new NotImplementedException();
}
