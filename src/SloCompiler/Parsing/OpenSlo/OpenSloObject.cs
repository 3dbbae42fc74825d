using YamlDotNet.RepresentationModel;

namespace SloCompiler.Parsing.OpenSlo;

/// <summary>One <c>openslo/v1</c> document as read, kept until every file is read so references can cross files.</summary>
internal sealed record OpenSloObject(YamlContext Context, string Kind, string Name, YamlMap Root);
