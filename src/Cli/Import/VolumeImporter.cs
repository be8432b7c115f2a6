using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using static Consort.Cli.Import.CSharpWriter;

namespace Consort.Cli.Import;

/// <summary>
/// Volumes as parts (<c>[EmptyDirVolume]</c>, <c>[ConfigMapVolume]</c>, <c>[SecretVolume]</c>,
/// <c>[PersistentVolumeClaimVolume]</c>, <c>[HostPathVolume]</c>) and a StatefulSet's claim templates as
/// <c>[VolumeClaimTemplate]</c>. A volume of another type stays in the patch, and so do those after it, so that
/// the pod lists them in the same order.
/// </summary>
internal static class VolumeImporter
{
    /// <summary>Makes parts of the pod's volumes; <paramref name="parts"/> gets the classes, <paramref name="volumes"/> the class of each volume name.</summary>
    public static void Import(YamlMapping pod, PartScope parts, Dictionary<string, string> volumes)
    {
        KeyedList.TypePrefix(pod, "volumes", volume =>
        {
            if (volume.String("name") is not { } name || volumes.ContainsKey(name) || Volume(volume) is not { } typed)
            {
                return false;
            }

            var part = parts.Add(name, PartKind.Volume);
            part.Attributes.AddRange(typed);
            PartScope.NameUnlessDefault(part, typed[0], name);
            volumes[name] = part.Name;
            if (!volume.IsEmpty)
            {
                volume.Entries.Insert(0, new KeyValuePair<string, YamlValue>("name", YamlScalarValue.String(name)));
            }

            return true;
        });
    }

    /// <summary>
    /// A StatefulSet's <c>volumeClaimTemplates</c>, when every one says only a name, a size, a storage class and one
    /// access mode (a patch would replace the whole list).
    /// </summary>
    public static void ClaimTemplates(YamlMapping spec, PartScope parts, Dictionary<string, string> volumes)
    {
        if (spec.Sequence("volumeClaimTemplates") is not { } templates)
        {
            return;
        }

        var typed = new List<(string Name, AttributeText Attribute)>();
        foreach (var item in templates.Items)
        {
            if (item is not YamlMapping template
                || !template.Keys.All(static k => k is "metadata" or "spec")
                || template.Mapping("metadata") is not { } metadata || !metadata.HasOnly("name") || metadata.String("name") is not { Length: > 0 } name
                || template.Mapping("spec") is not { } claim
                || !claim.Keys.All(static k => k is "accessModes" or "storageClassName" or "resources")
                || claim.Strings("accessModes") is not [var modeText] || Take.Parse<AccessMode>(modeText) is not { } mode
                || claim.Mapping("resources") is not { } resources || !resources.HasOnly("requests")
                || resources.Mapping("requests") is not { } requests || !requests.HasOnly("storage") || requests.String("storage") is not { } storage
                || (claim.Contains("storageClassName") && claim.String("storageClassName") is not { Length: > 0 }))
            {
                return;
            }

            var attribute = new AttributeText("VolumeClaimTemplate").Arg(String(storage));
            if (claim.String("storageClassName") is { } storageClass)
            {
                attribute.Set("StorageClass", String(storageClass));
            }

            if (mode != AccessMode.ReadWriteOnce)
            {
                attribute.Set("AccessMode", Enum(mode));
            }

            typed.Add((name, attribute));
        }

        foreach (var (name, attribute) in typed)
        {
            var part = parts.Add(name, PartKind.Volume);
            part.Attributes.Add(attribute);
            PartScope.NameUnlessDefault(part, attribute, name);
            volumes[name] = part.Name;
        }

        spec.Remove("volumeClaimTemplates");
    }

    /// <summary>
    /// The attributes for one volume (a copy, from which they take what they carry; the rest merges into the volume
    /// by name), or null for a type Consort has no attribute for.
    /// </summary>
    private static List<AttributeText>? Volume(YamlMapping volume)
    {
        volume.Remove("name");
        var attributes = new List<AttributeText>();
        AttributeText attribute;
        if (volume.Mapping("emptyDir") is { } emptyDir)
        {
            attribute = new AttributeText("EmptyDirVolume");
            if (emptyDir.String("medium") == "Memory")
            {
                emptyDir.Remove("medium");
                attribute.Set("Medium", "EmptyDirMedium.Memory");
            }
            else if (emptyDir.String("medium") == string.Empty)
            {
                emptyDir.Remove("medium");
            }

            Quantity(emptyDir, "sizeLimit", v => attribute.Set("SizeLimit", String(v)));
            if (!emptyDir.IsEmpty)
            {
                return null;
            }

            volume.Remove("emptyDir");
        }
        else if (volume.Mapping("configMap") is { } configMap && configMap.String("name") is { } configMapName)
        {
            attribute = new AttributeText("ConfigMapVolume").Arg(String(configMapName));
            configMap.Remove("name");
            KeyVolume(configMap, attribute, attributes);
            volume.RemoveIfEmpty("configMap");
        }
        else if (volume.Mapping("secret") is { } secret && secret.String("secretName") is { } secretName)
        {
            attribute = new AttributeText("SecretVolume").Arg(String(secretName));
            secret.Remove("secretName");
            KeyVolume(secret, attribute, attributes);
            volume.RemoveIfEmpty("secret");
        }
        else if (volume.Mapping("persistentVolumeClaim") is { } claim && claim.String("claimName") is { } claimName)
        {
            attribute = new AttributeText("PersistentVolumeClaimVolume").Arg(String(claimName));
            claim.Remove("claimName");
            Take.Bool(claim, "readOnly", v => attribute.Set("ReadOnly", Bool(v)));
            volume.RemoveIfEmpty("persistentVolumeClaim");
        }
        else if (volume.Mapping("hostPath") is { } hostPath && hostPath.String("path") is { } path)
        {
            attribute = new AttributeText("HostPathVolume").Arg(String(path));
            hostPath.Remove("path");
            Take.Enum<HostPathType>(hostPath, "type", v => attribute.Set("Type", Enum(v)));
            volume.RemoveIfEmpty("hostPath");
        }
        else if (volume.Mapping("iscsi") is { } iscsi && Iscsi(iscsi) is { } iscsiAttribute)
        {
            attribute = iscsiAttribute;
            volume.RemoveIfEmpty("iscsi");
        }
        else if (volume.Mapping("projected") is { } projected && ServiceAccountToken(projected) is { } tokenAttribute)
        {
            attribute = tokenAttribute;
            volume.RemoveIfEmpty("projected");
        }
        else
        {
            return null;
        }

        attributes.Insert(0, attribute);
        return attributes;
    }

    /// <summary>A ConfigMap's or Secret's <c>optional</c>, <c>defaultMode</c> and <c>items</c> (all of them, or none: a patched list replaces).</summary>
    private static void KeyVolume(YamlMapping source, AttributeText attribute, List<AttributeText> attributes)
    {
        Take.Bool(source, "optional", v => attribute.Set("Optional", Bool(v)));
        if (source.Integer("defaultMode") is { } mode && mode is >= 0 and <= 511)
        {
            source.Remove("defaultMode");
            attribute.Set("DefaultMode", String(Octal(mode)));
        }

        if (source.Sequence("items") is not { } items)
        {
            return;
        }

        var itemAttributes = new List<AttributeText>();
        foreach (var entry in items.Items)
        {
            if (entry is not YamlMapping item || item.String("key") is not { } key || item.String("path") is not { } path
                || !item.Keys.All(static k => k is "key" or "path" or "mode")
                || (item.Contains("mode") && item.Integer("mode") is not (>= 0 and <= 511)))
            {
                return;
            }

            var itemAttribute = new AttributeText("VolumeItem").Arg(String(key)).Arg(String(path));
            if (item.Integer("mode") is { } itemMode)
            {
                itemAttribute.Set("Mode", String(Octal(itemMode)));
            }

            itemAttributes.Add(itemAttribute);
        }

        attributes.AddRange(itemAttributes);
        source.Remove("items");
    }

    private static AttributeText? Iscsi(YamlMapping iscsi)
    {
        if (iscsi.String("targetPortal") is not { } portal || iscsi.String("iqn") is not { } iqn || iscsi.Integer("lun") is not { } lun || lun is < 0 or > int.MaxValue)
        {
            return null;
        }

        var attribute = new AttributeText("IscsiVolume").Arg(String(portal)).Arg(String(iqn)).Arg(Integer(lun));
        iscsi.Remove("targetPortal");
        iscsi.Remove("iqn");
        iscsi.Remove("lun");
        Take.Strings(iscsi, "portals", v => attribute.Set("Portals", Strings(v)));
        Take.String(iscsi, "fsType", v => attribute.Set("FsType", String(v)));
        Take.Bool(iscsi, "readOnly", v => attribute.Set("ReadOnly", Bool(v)));
        Take.String(iscsi, "iscsiInterface", v => attribute.Set("Interface", String(v)));
        Take.String(iscsi, "initiatorName", v => attribute.Set("InitiatorName", String(v)));
        Take.Bool(iscsi, "chapAuthDiscovery", v => attribute.Set("ChapAuthDiscovery", Bool(v)));
        Take.Bool(iscsi, "chapAuthSession", v => attribute.Set("ChapAuthSession", Bool(v)));
        if (iscsi.Mapping("secretRef") is { } secret && secret.HasOnly("name") && secret.String("name") is { Length: > 0 } secretName)
        {
            attribute.Set("Secret", String(secretName));
            iscsi.Remove("secretRef");
        }

        return attribute;
    }

    /// <summary>A projected volume of one service account token, as <c>[ServiceAccountTokenVolume]</c>.</summary>
    private static AttributeText? ServiceAccountToken(YamlMapping projected)
    {
        if (projected.Sequence("sources") is not { Items: [YamlMapping { Entries.Count: 1 } source] }
            || source.Mapping("serviceAccountToken") is not { } token
            || !token.Keys.All(static k => k is "audience" or "expirationSeconds" or "path")
            || token.String("path") is not { Length: > 0 } path
            || (token.Contains("audience") && token.String("audience") is not { Length: > 0 })
            || (token.Contains("expirationSeconds") && token.Integer("expirationSeconds") is null))
        {
            return null;
        }

        var attribute = new AttributeText("ServiceAccountTokenVolume").Arg(String(path));
        if (token.String("audience") is { } audience)
        {
            attribute.Set("Audience", String(audience));
        }

        if (token.Integer("expirationSeconds") is { } seconds)
        {
            attribute.Set("ExpirationSeconds", Integer(seconds));
        }

        projected.Remove("sources");
        return attribute;
    }

    private static string Octal(long mode) => "0" + Convert.ToString(mode, 8).PadLeft(3, '0');

    private static void Quantity(YamlMapping map, string key, Action<string> use)
    {
        if (map.String(key) is { } text && text.Length > 0 && char.IsDigit(text[0]))
        {
            map.Remove(key);
            use(text);
        }
    }
}
