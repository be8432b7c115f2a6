using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Options;
using Consort.Generator.Patches;
using Consort.Generator.Presets;
using Consort.Generator.Validation;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    private void ReadParts(List<ParsedVolume> volumes, List<ParsedContainer> containers)
    {
        // Volumes first: mounts refer to them by type.
        var containerParts = new List<(DeclaredType Type, AttributeArguments Attribute, string Name)>();
        foreach (var part in _type.NestedTypes)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var partAttributes = part.Attributes
                .Where(static a => a.Name is { } n && (KnownAttributes.IsVolume(n) || KnownAttributes.IsContainer(n)))
                .ToList();
            if (partAttributes.Count == 0)
            {
                continue;
            }

            var attributeName = partAttributes[0].Name!;
            var attribute = new AttributeArguments(partAttributes[0]);
            if (!Bound(attribute) || !CheckPartDeclaration(part, partAttributes.Skip(1)))
            {
                // A rejected container still counts as declared: "no app container" would only add noise.
                _hasRejectedContainer |= partAttributes.Any(static a => KnownAttributes.IsContainer(a.Name!));
                continue;
            }

            if (KnownAttributes.IsVolume(attributeName))
            {
                var volume = ReadVolume(part, attribute, attributeName);
                volumes.Add(volume);
                _volumeParts[part.Ref] = volume;
            }
            else
            {
                containerParts.Add((part, attribute, attributeName));
            }
        }

        foreach (var (type, attribute, name) in containerParts)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            containers.Add(ReadContainer(type, attribute, name));
        }
    }

    /// <summary>The shorthand <c>[Sidecar(Logging)]</c> on the workload class itself: a preset sidecar with its default name.</summary>
    private void ReadShorthandSidecars(List<ParsedContainer> containers)
    {
        foreach (var data in _type.Attributes)
        {
            if (data.Name != KnownAttributes.Sidecar)
            {
                continue;
            }

            var attribute = new AttributeArguments(data);
            if (!Bound(attribute))
            {
                continue;
            }

            if (attribute.Positional(0).Value is not int kind)
            {
                Report(
                    DiagnosticDescriptors.InvalidWorkloadDeclaration,
                    attribute.Tree,
                    attribute.NameSpan,
                    "A custom [Sidecar(\"image\")] must be a nested class of the workload; only preset sidecars may stand on the workload class");
                continue;
            }

            var explicitName = attribute.NamedString("Name");
            var name = explicitName ?? PresetNames.DefaultContainerName((SidecarKind)kind);
            var location = new SourceSpan(attribute.Tree, explicitName is null ? attribute.NameSpan : attribute.NamedSpan("Name"));
            CheckName(KubernetesNames.CheckDns1123Label(name), "Container name", name, location.Tree, location.Span);
            var spec = ContainerFromAttribute(null, ContainerRole.Sidecar, name, attribute, ContainerSettings.Empty);
            containers.Add(new ParsedContainer(spec, location, null, attribute, [], HasSettings: false));
        }
    }

    private bool CheckPartDeclaration(DeclaredType part, IEnumerable<AttributeUse> extraPartAttributes)
    {
        var ok = true;
        foreach (var extra in extraPartAttributes)
        {
            var arguments = new AttributeArguments(extra);
            Report(
                DiagnosticDescriptors.InvalidWorkloadDeclaration,
                arguments.Tree,
                arguments.NameSpan,
                $"Class '{part.Name}' has more than one container or volume attribute; a nested part is exactly one container or one volume");
            ok = false;
        }

        if (!part.IsPartialClass || part.IsGeneric)
        {
            var identifier = IdentifierOf(part);
            Report(
                DiagnosticDescriptors.InvalidWorkloadDeclaration,
                identifier.Tree,
                identifier.Span,
                $"'{part.Name}' must be a non-generic 'partial class' so that Consort can add its constants");
            ok = false;
        }

        if (ReservedPartNames.Contains(part.Name))
        {
            var identifier = IdentifierOf(part);
            Report(
                DiagnosticDescriptors.InvalidWorkloadDeclaration,
                identifier.Tree,
                identifier.Span,
                $"A part cannot be named '{part.Name}': the generated workload class and each part already have a member of that name; rename the class (the Kubernetes name can stay the same with Name = \"...\")");
            ok = false;
        }

        return ok;
    }

    /// <summary>Reports CNS007 unless <paramref name="text"/> is a non-negative quantity; returns its value.</summary>
    private double? CheckQuantity(string text, string property, AttributeArguments attribute)
    {
        var value = Quantities.Parse(text);
        if (value is null)
        {
            Report(DiagnosticDescriptors.InvalidQuantity, attribute.Tree, attribute.NamedSpan(property), $"{property} '{text}' is not a Kubernetes quantity; use a number with a suffix such as 250m, 1, 128Mi, 1Gi or 500M ('K', 'MB' and 'gi' are not suffixes)");
        }
        else if (value < 0)
        {
            Report(DiagnosticDescriptors.InvalidQuantity, attribute.Tree, attribute.NamedSpan(property), $"{property} '{text}' is negative; quantities must be greater than or equal to 0");
            return null;
        }

        return value;
    }

    /// <summary>Members the generated code adds to the workload class or to a part class.</summary>
    private static readonly HashSet<string> ReservedPartNames =
        ["Name", "Yaml", "Build", "BuildAll", "CreateBuilder", "Builder", "ConsortManifest", "RegisterConsortManifest", "Image", "Ports", "ConfigMapName"];

    private ParsedVolume ReadVolume(DeclaredType part, AttributeArguments attribute, string attributeName)
    {
        if (attributeName == KnownAttributes.ConfigMap)
        {
            return ReadConfigMap(part, attribute);
        }

        var (name, nameLocation) = ReadPartName(part, attribute, "Volume name");
        var kind = attributeName switch
        {
            KnownAttributes.ConfigMapVolume => VolumeKind.ConfigMap,
            KnownAttributes.SecretVolume => VolumeKind.Secret,
            KnownAttributes.PersistentVolumeClaimVolume => VolumeKind.PersistentVolumeClaim,
            KnownAttributes.HostPathVolume => VolumeKind.HostPath,
            KnownAttributes.VolumeClaimTemplate => VolumeKind.ClaimTemplate,
            KnownAttributes.ServiceAccountTokenVolume => VolumeKind.ServiceAccountToken,
            KnownAttributes.IscsiVolume => VolumeKind.Iscsi,
            _ => VolumeKind.EmptyDir,
        };

        string? sourceName = null;
        bool? flag = null;
        if (kind == VolumeKind.HostPath)
        {
            sourceName = attribute.PositionalString(0) ?? string.Empty;
            if (sourceName.Length == 0 || sourceName.Split('/').Contains(".."))
            {
                Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"Host path '{sourceName}' must be a path on the node without '..', such as /var/log");
            }
        }
        else if (kind == VolumeKind.ClaimTemplate)
        {
            return ReadClaimTemplate(part, attribute, name, nameLocation);
        }
        else if (kind == VolumeKind.ServiceAccountToken)
        {
            return ReadServiceAccountToken(part, attribute, name, nameLocation);
        }
        else if (kind == VolumeKind.Iscsi)
        {
            return ReadIscsi(part, attribute, name, nameLocation);
        }
        else if (kind != VolumeKind.EmptyDir)
        {
            sourceName = attribute.PositionalString(0) ?? string.Empty;
            var what = kind switch
            {
                VolumeKind.ConfigMap => "ConfigMap name",
                VolumeKind.Secret => "Secret name",
                _ => "PersistentVolumeClaim name",
            };
            CheckName(KubernetesNames.CheckDns1123Subdomain(sourceName), what, sourceName, attribute.Tree, attribute.PositionalSpan(0));
            flag = attribute.NamedBool(kind == VolumeKind.PersistentVolumeClaim ? "ReadOnly" : "Optional") == true ? true : null;
        }

        var medium = DefinedEnum<EmptyDirMedium>(attribute, "Medium", DiagnosticDescriptors.InvalidWorkloadDeclaration) is EmptyDirMedium.Memory ? EmptyDirMedium.Memory : (EmptyDirMedium?)null;
        var sizeLimit = attribute.NamedString("SizeLimit");
        if (sizeLimit is not null)
        {
            CheckQuantity(sizeLimit, "SizeLimit", attribute);
        }

        var projected = kind is VolumeKind.ConfigMap or VolumeKind.Secret;
        var spec = new VolumeSpec(
            ReadPartSpec(part),
            name,
            kind,
            sourceName,
            flag,
            medium,
            sizeLimit,
            projected ? ReadFileMode(attribute, "DefaultMode", attribute.NamedString("DefaultMode")) : null,
            ReadVolumeItems(part, name, projected),
            kind == VolumeKind.HostPath ? DefinedEnum<HostPathType>(attribute, "Type", DiagnosticDescriptors.InvalidSetting) : null);
        return new ParsedVolume(spec, nameLocation);
    }

    /// <summary>
    /// A <c>[ServiceAccountTokenVolume]</c>: a relative path without <c>..</c>, and a lifetime of at least ten minutes
    /// and at most 2^32 seconds (the API server's <c>validateProjectionSources</c>).
    /// </summary>
    private ParsedVolume ReadServiceAccountToken(DeclaredType part, AttributeArguments attribute, string name, SourceSpan nameLocation)
    {
        var path = attribute.PositionalString(0) ?? string.Empty;
        if (!IsPathInsideVolume(path))
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"Token path '{path}' must be a relative path inside the volume without '..', such as token");
        }
        var expiration = attribute.NamedLong("ExpirationSeconds");
        if (expiration is < 600 or > 4294967296)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("ExpirationSeconds"), $"ExpirationSeconds {expiration} must be between 600 (ten minutes) and 4294967296");
        }

        var spec = new VolumeSpec(
            ReadPartSpec(part),
            name,
            VolumeKind.ServiceAccountToken,
            path,
            null,
            null,
            null,
            Items: ReadVolumeItems(part, name, projected: false),
            Audience: attribute.NamedString("Audience"),
            ExpirationSeconds: expiration is 3600 ? null : expiration);
        return new ParsedVolume(spec, nameLocation);
    }

    /// <summary>
    /// An <c>[IscsiVolume]</c>, checked as the API server's <c>validateISCSIVolumeSource</c> does: a portal, a target
    /// and an initiator name in the iqn, eui or naa form, a LUN from 0 to 255, and a Secret whenever CHAP is on.
    /// </summary>
    private ParsedVolume ReadIscsi(DeclaredType part, AttributeArguments attribute, string name, SourceSpan nameLocation)
    {
        var portal = attribute.PositionalString(0) ?? string.Empty;
        if (portal.Trim().Length == 0)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"iSCSI volume '{name}' needs a target portal, such as 10.0.2.15:3260");
        }

        var iqn = attribute.PositionalString(1) ?? string.Empty;
        if (KubernetesNames.CheckIscsiName(iqn) is { } iqnProblem)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(1), $"iSCSI target name '{iqn}' {iqnProblem}");
        }

        var lun = attribute.Positional(2).Value as int? ?? 0;
        if (lun is < 0 or > 255)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(2), $"iSCSI LUN {lun} must be between 0 and 255");
        }

        var portals = AttributeArguments.StringArray(attribute.Named("Portals")) ?? EquatableArray<string>.Empty;
        if (portals.Any(static p => p.Trim().Length == 0))
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Portals"), $"iSCSI volume '{name}' has an empty portal");
        }

        var initiator = attribute.NamedString("InitiatorName");
        if (initiator is not null && KubernetesNames.CheckIscsiName(initiator) is { } initiatorProblem)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("InitiatorName"), $"iSCSI initiator name '{initiator}' {initiatorProblem}");
        }

        var discovery = attribute.NamedBool("ChapAuthDiscovery") == true ? true : (bool?)null;
        var session = attribute.NamedBool("ChapAuthSession") == true ? true : (bool?)null;
        var secret = attribute.NamedString("Secret");
        if (secret is not null)
        {
            CheckName(KubernetesNames.CheckDns1123Subdomain(secret), "Secret name", secret, attribute.Tree, attribute.NamedSpan("Secret"));
        }
        else if (discovery is not null || session is not null)
        {
            var chap = discovery is not null ? "ChapAuthDiscovery" : "ChapAuthSession";
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedArgumentSpan(chap), $"{chap} needs the Secret with the CHAP credentials: set Secret");
        }

        var iscsi = new IscsiSpec(
            portal,
            iqn,
            lun,
            portals,
            attribute.NamedString("FsType") is { Length: > 0 } fsType ? fsType : null,
            attribute.NamedBool("ReadOnly") == true ? true : null,
            attribute.NamedString("Interface") is { Length: > 0 } iscsiInterface and not "default" ? iscsiInterface : null,
            initiator,
            discovery,
            session,
            secret);
        var spec = new VolumeSpec(ReadPartSpec(part), name, VolumeKind.Iscsi, null, null, null, null, Items: ReadVolumeItems(part, name, projected: false), Iscsi: iscsi);
        return new ParsedVolume(spec, nameLocation);
    }

    /// <summary>A StatefulSet's <c>[VolumeClaimTemplate]</c>: a claim per pod, mounted like any volume.</summary>
    private ParsedVolume ReadClaimTemplate(DeclaredType part, AttributeArguments attribute, string name, SourceSpan nameLocation)
    {
        if (_kind != WorkloadKind.StatefulSet)
        {
            Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[VolumeClaimTemplate] '{name}' applies to a StatefulSet only, not a {_kind}; use [PersistentVolumeClaimVolume] with a claim that exists");
        }

        var storage = attribute.PositionalString(0) ?? string.Empty;
        if (Quantities.Parse(storage) is not > 0)
        {
            Report(DiagnosticDescriptors.InvalidQuantity, attribute.Tree, attribute.PositionalSpan(0), $"Storage '{storage}' of claim template '{name}' must be a positive quantity such as 10Gi or 500M");
        }

        var storageClass = attribute.NamedString("StorageClass");
        if (storageClass is not null)
        {
            CheckName(KubernetesNames.CheckDns1123Subdomain(storageClass), "Storage class", storageClass, attribute.Tree, attribute.NamedSpan("StorageClass"));
        }

        var spec = new VolumeSpec(
            ReadPartSpec(part),
            name,
            VolumeKind.ClaimTemplate,
            null,
            null,
            null,
            storage,
            StorageClass: storageClass,
            AccessMode: DefinedEnum<AccessMode>(attribute, "AccessMode", DiagnosticDescriptors.InvalidSetting) ?? AccessMode.ReadWriteOnce);
        return new ParsedVolume(spec, nameLocation);
    }

    /// <summary>The <c>[VolumeItem]</c>s of a ConfigMap or Secret volume class, which project only the keys listed.</summary>
    /// <param name="content">A <c>[ConfigMap]</c> part's content, whose keys are known: an item must name one of them.</param>
    private EquatableArray<VolumeItemSpec> ReadVolumeItems(DeclaredType part, string volumeName, bool projected, ConfigMapContentSpec? content = null)
    {
        var items = new List<VolumeItemSpec>();
        foreach (var data in part.Attributes)
        {
            if (data.Name != KnownAttributes.VolumeItem || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            if (!projected)
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[VolumeItem] applies to a [ConfigMapVolume] or [SecretVolume], not to volume '{volumeName}'");
                continue;
            }

            var key = attribute.PositionalString(0) ?? string.Empty;
            if (KubernetesNames.CheckConfigMapKey(key) is { } keyProblem)
            {
                Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"Volume item key '{key}' is invalid: {keyProblem}");
            }
            else if (content is not null)
            {
                CheckHasKey(content, key, attribute.Tree, attribute.PositionalSpan(0));
            }

            var path = attribute.PositionalString(1) ?? string.Empty;
            if (!IsPathInsideVolume(path))
            {
                Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(1), $"Volume item path '{path}' must be a relative path inside the volume without '..', such as nginx.conf or conf/app.yaml");
            }
            else if (items.Any(i => i.Path == path))
            {
                Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(1), $"Volume '{volumeName}' already projects a key to '{path}'");
            }

            items.Add(new VolumeItemSpec(key, path, ReadFileMode(attribute, "Mode", attribute.NamedString("Mode"))));
        }

        return items.ToEquatableArray();
    }

    /// <summary>A file's path inside a volume: relative, neither starting with <c>..</c> nor going up (the API server's <c>validateLocalDescendingPath</c>).</summary>
    private static bool IsPathInsideVolume(string path)
        => path.Length > 0 && !path.StartsWith("/", System.StringComparison.Ordinal) && !path.StartsWith("..", System.StringComparison.Ordinal) && !path.Split('/').Contains("..");

    /// <summary>
    /// A file mode written as octal (<c>"0644"</c>), as its number (420): the API server takes modes from 0 to 0777, and
    /// the manifest spells the number in decimal, which every YAML reader reads alike.
    /// </summary>
    private int? ReadFileMode(AttributeArguments attribute, string property, string? text)
    {
        if (text is null)
        {
            return null;
        }

        var digits = text.StartsWith("0o", System.StringComparison.Ordinal) ? text.Substring(2) : text;
        if (digits.Length is 0 or > 4 || !digits.All(static c => c is >= '0' and <= '7') || System.Convert.ToInt32(digits, 8) > 511)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan(property), $"{property} '{text}' must be an octal file mode from \"0000\" to \"0777\", such as \"0644\" or \"0400\"");
            return null;
        }

        return System.Convert.ToInt32(digits, 8);
    }

    private ParsedContainer ReadContainer(
        DeclaredType part,
        AttributeArguments attribute,
        string attributeName)
    {
        var role = attributeName switch
        {
            KnownAttributes.InitContainer => ContainerRole.Init,
            KnownAttributes.Sidecar => ContainerRole.Sidecar,
            _ => ContainerRole.App,
        };
        var (name, nameLocation) = ReadPartName(part, attribute, "Container name");
        var reader = new ContainerSettingsReader(this, part, name, role);
        var settings = reader.Read();
        var spec = ContainerFromAttribute(ReadPartSpec(part), role, name, attribute, settings);
        if (ReadPatches(part, "V1Container", PatchTarget.Container) is { IsEmpty: false } patches)
        {
            spec = spec with { Patches = patches };
        }

        if (PresetExpansion.DeclaresNoResources(spec) && !IsPreset(attribute))
        {
            var identifier = IdentifierOf(part);
            Report(DiagnosticDescriptors.MissingResources, identifier.Tree, identifier.Span, name);
        }

        return new ParsedContainer(spec, nameLocation, part, attribute, reader.MountSites, settings.HasAny || spec.Patches.Count > 0);
    }

    /// <summary>
    /// The container as its attribute declares it. A preset's image and settings are filled in later by
    /// <see cref="ResolvePresets"/>, once every part is known.
    /// </summary>
    private ContainerSpec ContainerFromAttribute(PartSpec? part, ContainerRole role, string name, AttributeArguments attribute, ContainerSettings settings)
    {
        string? image = null;
        if (!IsPreset(attribute))
        {
            image = attribute.PositionalString(0) ?? string.Empty;
            CheckImage(name, image, attribute);
        }

        var mode = DefinedEnum<SidecarMode>(attribute, "Mode", DiagnosticDescriptors.NativeSidecarUnsupported) ?? SidecarMode.Auto;
        if (mode == SidecarMode.Native)
        {
            ReportBelow(
                KubernetesVersion.NativeSidecarsExist,
                DiagnosticDescriptors.NativeSidecarUnsupported,
                attribute.Tree,
                attribute.NamedSpan("Mode"),
                $"Sidecar '{name}' asks for Mode = Native, which needs Kubernetes 1.28 or later, but ConsortKubernetesVersion is {DiagnosticInfo.VersionToken}; raise it, or use Mode = Auto or Classic");
        }

        return new ContainerSpec(
            part,
            role,
            name,
            image,
            null,
            mode,
            attribute.NamedInt("Order") ?? 0,
            AttributeArguments.StringArray(attribute.Named("Command")),
            AttributeArguments.StringArray(attribute.Named("Args")),
            attribute.NamedString("WorkingDir"),
            DefinedEnum<ImagePullPolicy>(attribute, "ImagePullPolicy", DiagnosticDescriptors.MissingContainerOrImage),
            settings.Ports,
            settings.Env,
            settings.Mounts,
            settings.Resources,
            settings.Probes,
            settings.SecurityContext,
            settings.EnvFrom,
            settings.Lifecycle,
            DefinedEnum<TerminationMessagePolicy>(attribute, "TerminationMessagePolicy", DiagnosticDescriptors.InvalidSetting) is TerminationMessagePolicy.FallbackToLogsOnError
                ? TerminationMessagePolicy.FallbackToLogsOnError
                : null);
    }

    /// <summary>Whether the attribute is <c>[Sidecar(SidecarKind)]</c> rather than a container with an image.</summary>
    private static bool IsPreset(AttributeArguments attribute)
        => attribute.ClassName == KnownAttributes.Sidecar && attribute.ParameterIsEnum(0);

    private void CheckImage(string containerName, string image, AttributeArguments attribute)
    {
        if (image.Trim().Length == 0)
        {
            Report(
                DiagnosticDescriptors.MissingContainerOrImage,
                attribute.Tree,
                attribute.PositionalSpan(0),
                $"Container '{containerName}' has no image; give the image with its registry and tag, such as \"ghcr.io/acme/app:1.0.0\"");
        }
        else if (image.Trim().Length != image.Length)
        {
            Report(
                DiagnosticDescriptors.MissingContainerOrImage,
                attribute.Tree,
                attribute.PositionalSpan(0),
                $"Image '{image}' of container '{containerName}' has leading or trailing whitespace, which the API server rejects");
        }
        else if (!ImageRules.IsPinned(image))
        {
            Report(DiagnosticDescriptors.UnpinnedImage, attribute.Tree, attribute.PositionalSpan(0), image, image.EndsWith(":latest", System.StringComparison.Ordinal) ? "uses the tag 'latest'" : "has no tag, which means 'latest'");
        }
    }

    /// <summary>
    /// A part's Kubernetes name: its <c>Name</c>, else its class name in kebab-case, checked by <paramref name="rule"/>
    /// (a DNS-1123 label unless given) at the argument or the class name.
    /// </summary>
    private (string Name, SourceSpan Location) ReadPartName(DeclaredType part, AttributeArguments attribute, string what, System.Func<string, string?>? rule = null)
    {
        var explicitName = attribute.NamedString("Name");
        var name = explicitName ?? Naming.ToKebabCase(part.Name);
        var location = explicitName is null ? IdentifierOf(part) : new SourceSpan(attribute.Tree, attribute.NamedSpan("Name"));
        CheckName((rule ?? KubernetesNames.CheckDns1123Label)(name), what, name, location.Tree, location.Span);
        return (name, location);
    }

    private static PartSpec ReadPartSpec(DeclaredType part)
    {
        // A declared accessibility is kept; without one the generated declaration makes the part public.
        var modifiers = !part.HasAccessibilityModifier
            ? "public"
            : part.DeclaredAccessibility switch
            {
                Accessibility.Public => "public",
                Accessibility.Internal => "internal",
                Accessibility.Private => "private",
                Accessibility.Protected => "protected",
                Accessibility.ProtectedOrInternal => "protected internal",
                Accessibility.ProtectedAndInternal => "private protected",
                _ => string.Empty,
            };
        return new PartSpec(part.Name, modifiers);
    }

    private sealed record ParsedVolume(VolumeSpec Spec, SourceSpan NameLocation);

    /// <summary>A container as parsed, with what preset resolution needs: its class, its attribute and where it mounts what.</summary>
    private sealed record ParsedContainer(
        ContainerSpec Spec,
        SourceSpan NameLocation,
        DeclaredType? Part,
        AttributeArguments Attribute,
        IReadOnlyList<MountSite> Mounts,
        bool HasSettings);

    /// <summary>A <c>[Mount]</c> of a container, with the span of its <c>SubPath</c> argument.</summary>
    private sealed record MountSite(string VolumeName, string MountPath, string? SubPath, SourceSpan SubPathLocation);
}
