namespace SloCompiler.Conversion;

/// <summary>What <c>slo convert --to</c> writes: our language (<c>.slo</c>) or our YAML (<c>.yaml</c>).</summary>
public enum ConvertTarget
{
    Slo,
    Yaml,
}
