using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Validation;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>Where each ConfigMap part and file entry is written: its files are read after parsing, and what is wrong with them is reported there.</summary>
    private readonly List<ContentSite> _contentSites = [];

    /// <summary>
    /// A <c>[ConfigMap]</c> part (SPEC 7.3): a ConfigMap the workload ships, and the volume that mounts it, named after
    /// the class. Its keys are checked as the API server checks them (<c>IsConfigMapKey</c>, each once); a file entry is
    /// read later, from the project's additional files (<see cref="Content.ConfigMapContent"/>).
    /// </summary>
    private ParsedVolume ReadConfigMap(DeclaredType part, AttributeArguments attribute)
    {
        var volumeName = Naming.ToKebabCase(part.Name);
        var volumeLocation = IdentifierOf(part);
        CheckName(KubernetesNames.CheckDns1123Label(volumeName), "Volume name", volumeName, volumeLocation.Tree, volumeLocation.Span);
        var hashSuffix = attribute.NamedBool("HashSuffix") ?? true;
        var (name, _) = ReadPartName(part, attribute, "ConfigMap name", hashSuffix ? CheckSuffixedName : KubernetesNames.CheckDns1123Subdomain);
        _contentSites.Add(new ContentSite(volumeName, null, attribute.Tree, attribute.NameSpan));

        var entries = new List<ConfigMapEntrySpec>();
        foreach (var data in part.Attributes)
        {
            if (data.Name != KnownAttributes.ConfigMapEntry || new AttributeArguments(data) is var entry && !Bound(entry))
            {
                continue;
            }

            var key = entry.PositionalString(0) ?? string.Empty;
            var value = entry.PositionalString(1);
            var file = entry.NamedString("File");
            if (KubernetesNames.CheckConfigMapKey(key) is { } problem)
            {
                Report(DiagnosticDescriptors.InvalidConfigMapContent, entry.Tree, entry.PositionalSpan(0), $"Key '{key}' of ConfigMap '{name}' is invalid: {problem}");
            }
            else if (entries.Any(e => e.Key == key))
            {
                Report(DiagnosticDescriptors.InvalidConfigMapContent, entry.Tree, entry.PositionalSpan(0), $"ConfigMap '{name}' already has key '{key}'");
            }

            if ((value is null) == (file is null))
            {
                Report(
                    DiagnosticDescriptors.InvalidConfigMapContent,
                    entry.Tree,
                    file is null ? entry.NameSpan : entry.NamedArgumentSpan("File"),
                    $"Key '{key}' of ConfigMap '{name}' needs exactly one of a value and File");
                continue;
            }

            if (file is not null)
            {
                file = file.Replace('\\', '/');
                if (file.Trim().Length == 0 || file.StartsWith("/", System.StringComparison.Ordinal) || file.IndexOf(':') >= 0)
                {
                    Report(DiagnosticDescriptors.InvalidConfigMapContent, entry.Tree, entry.NamedSpan("File"), $"File '{file}' of ConfigMap '{name}' must be a path relative to the project directory, such as config/{key}");
                    continue;
                }

                _contentSites.Add(new ContentSite(volumeName, key, entry.Tree, entry.NamedSpan("File")));
            }

            entries.Add(new ConfigMapEntrySpec(key, value, file));
        }

        var content = new ConfigMapContentSpec(name, hashSuffix, entries.ToEquatableArray());
        var spec = new VolumeSpec(ReadPartSpec(part), volumeName, VolumeKind.ConfigMap, name, null, null, null, Items: ReadVolumeItems(part, volumeName, projected: true, content), Content: content);
        return new ParsedVolume(spec, volumeLocation);

        // The suffix adds 11 characters ('-' and 10 of hash) to a name that must stay a DNS-1123 subdomain.
        static string? CheckSuffixedName(string value)
            => KubernetesNames.CheckDns1123Subdomain(value)
               ?? (value.Length > KubernetesNames.SubdomainMaxLength - 11 ? $"must be no more than {KubernetesNames.SubdomainMaxLength - 11} characters, so that the content-hash suffix fits" : null);
    }

    /// <summary>
    /// A key of a <c>[ConfigMap]</c> part that a volume item or an env variable reads must be one of its keys: the
    /// kubelet fails the mount, or the container's start, on a key the ConfigMap does not have.
    /// </summary>
    private void CheckHasKey(ConfigMapContentSpec content, string key, Microsoft.CodeAnalysis.SyntaxTree? tree, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        if (!content.Entries.Any(e => e.Key == key))
        {
            var keys = string.Join(", ", content.Entries.Select(static e => e.Key));
            Report(DiagnosticDescriptors.InvalidConfigMapContent, tree, span, $"ConfigMap '{content.Name}' has no key '{key}'{(keys.Length > 0 ? " (its keys: " + keys + ")" : string.Empty)}");
        }
    }

    /// <summary>The <c>[ConfigMap]</c> part of this workload named <paramref name="name"/> (before its suffix), if there is one.</summary>
    private ConfigMapContentSpec? ConfigMapPartNamed(string name)
        => _volumeParts.Values.Select(static v => v.Spec.Content).FirstOrDefault(c => c?.Name == name);

    /// <summary>A <c>[ConfigMapEntry]</c> on a class that is not a <c>[ConfigMap]</c> would be lost: reported.</summary>
    private void CheckStrayConfigMapEntries()
    {
        foreach (var part in _type.NestedTypes.Prepend(_type))
        {
            if (Find(part, KnownAttributes.ConfigMapEntry) is { } stray && Find(part, KnownAttributes.ConfigMap) is null
                && new AttributeArguments(stray) is var entry && Bound(entry))
            {
                Report(DiagnosticDescriptors.NotApplicable, entry.Tree, entry.NameSpan, $"[ConfigMapEntry] on '{part.Name}' applies to a class with [ConfigMap]");
            }
        }
    }
}
