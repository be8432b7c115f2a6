using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Consort.Build;

/// <summary>
/// Reads the manifests the generator stored in a compiled assembly as
/// <c>[assembly: AssemblyMetadata("Consort.Manifest:&lt;file&gt;", "&lt;yaml&gt;")]</c>, without loading or running it.
/// </summary>
internal static class ManifestReader
{
    public const string KeyPrefix = "Consort.Manifest:";

    /// <summary>File name → YAML, in the order the attributes appear.</summary>
    public static List<KeyValuePair<string, string>> Read(string assemblyPath)
    {
        var manifests = new List<KeyValuePair<string, string>>();
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        foreach (var handle in metadata.GetAssemblyDefinition().GetCustomAttributes())
        {
            var attribute = metadata.GetCustomAttribute(handle);
            if (!IsAssemblyMetadataAttribute(metadata, attribute))
            {
                continue;
            }

            var blob = metadata.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                continue;
            }

            var key = blob.ReadSerializedString();
            var value = blob.ReadSerializedString();
            if (key is not null && key.StartsWith(KeyPrefix, System.StringComparison.Ordinal))
            {
                manifests.Add(new KeyValuePair<string, string>(key.Substring(KeyPrefix.Length), value ?? string.Empty));
            }
        }

        return manifests;
    }

    private static bool IsAssemblyMetadataAttribute(MetadataReader metadata, CustomAttribute attribute)
    {
        var type = attribute.Constructor.Kind switch
        {
            HandleKind.MemberReference => metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent,
            HandleKind.MethodDefinition => metadata.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType(),
            _ => default,
        };
        return type.Kind switch
        {
            HandleKind.TypeReference => metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)type).Name) == "AssemblyMetadataAttribute",
            HandleKind.TypeDefinition => metadata.GetString(metadata.GetTypeDefinition((TypeDefinitionHandle)type).Name) == "AssemblyMetadataAttribute",
            _ => false,
        };
    }
}
