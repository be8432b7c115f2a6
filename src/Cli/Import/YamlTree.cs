using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Consort.Kubernetes;

namespace Consort.Cli.Import;

/// <summary>
/// A YAML value as the API server reads it: mappings keep their key order, scalars keep their text and the type
/// YAML 1.1 gives them (a plain <c>yes</c> is a boolean, a quoted one a string). Mappings are mutable: the importer
/// takes out what a typed attribute carries, and what remains becomes a patch.
/// </summary>
internal abstract class YamlValue
{
    /// <summary>A deep copy.</summary>
    public abstract YamlValue Clone();

    /// <summary>The number of scalars under this value (a scalar counts one; an empty mapping or sequence counts one).</summary>
    public abstract int LeafCount { get; }
}

/// <summary>The type of a scalar.</summary>
internal enum ScalarType
{
    String,
    Null,
    Boolean,
    Integer,
    Float,
}

/// <summary>A scalar: its text as written (integers in decimal) and its YAML 1.1 type.</summary>
internal sealed class YamlScalarValue(string text, ScalarType type, bool flag = false) : YamlValue
{
    public string Text { get; } = text;

    public ScalarType Type { get; } = type;

    /// <summary>A boolean's value (its text may be <c>yes</c>, <c>On</c>, …).</summary>
    public bool Flag { get; } = flag;

    public override int LeafCount => 1;

    /// <summary>A scalar as a YAML 1.1 reader types it: quoted scalars are strings, plain ones are resolved.</summary>
    public static YamlScalarValue FromYaml(string text, bool plain)
    {
        if (!plain)
        {
            return new YamlScalarValue(text, ScalarType.String);
        }

        var resolved = PlainScalar.Resolve(text);
        return resolved.Kind switch
        {
            PlainKind.Null => new YamlScalarValue(text, ScalarType.Null),
            PlainKind.Boolean => new YamlScalarValue(text, ScalarType.Boolean, resolved.Flag),
            PlainKind.Integer => new YamlScalarValue(resolved.Integer.ToString(CultureInfo.InvariantCulture), ScalarType.Integer),
            PlainKind.Float => new YamlScalarValue(text, ScalarType.Float),
            _ => new YamlScalarValue(text, ScalarType.String),
        };
    }

    public static YamlScalarValue String(string text) => new(text, ScalarType.String);

    public override YamlValue Clone() => this;

    public override string ToString() => Text;
}

/// <summary>A sequence.</summary>
internal sealed class YamlSequence(List<YamlValue> items) : YamlValue
{
    public List<YamlValue> Items { get; } = items;

    public override int LeafCount => Items.Count == 0 ? 1 : Items.Sum(static i => i.LeafCount);

    public override YamlValue Clone() => new YamlSequence([.. Items.Select(static i => i.Clone())]);
}

/// <summary>A mapping with string keys, in the order written.</summary>
internal sealed class YamlMapping(List<KeyValuePair<string, YamlValue>> entries) : YamlValue
{
    public YamlMapping()
        : this([])
    {
    }

    public List<KeyValuePair<string, YamlValue>> Entries { get; } = entries;

    public override int LeafCount => Entries.Count == 0 ? 1 : Entries.Sum(static e => e.Value.LeafCount);

    public bool IsEmpty => Entries.Count == 0;

    /// <summary>Whether the mapping has exactly these keys, in any order.</summary>
    public bool HasOnly(params string[] keys) => Entries.Count == keys.Length && keys.All(Contains);

    public IEnumerable<string> Keys => Entries.Select(static e => e.Key);

    public YamlValue? this[string key] => Entries.FirstOrDefault(e => string.Equals(e.Key, key, StringComparison.Ordinal)).Value;

    public bool Contains(string key) => Entries.Any(e => string.Equals(e.Key, key, StringComparison.Ordinal));

    public void Remove(string key) => Entries.RemoveAll(e => string.Equals(e.Key, key, StringComparison.Ordinal));

    public void Set(string key, YamlValue value)
    {
        var index = Entries.FindIndex(e => string.Equals(e.Key, key, StringComparison.Ordinal));
        if (index < 0)
        {
            Entries.Add(new KeyValuePair<string, YamlValue>(key, value));
        }
        else
        {
            Entries[index] = new KeyValuePair<string, YamlValue>(key, value);
        }
    }

    /// <summary>The mapping under <paramref name="key"/>, or null when there is none or the value is not a mapping.</summary>
    public YamlMapping? Mapping(string key) => this[key] as YamlMapping;

    /// <summary>The sequence under <paramref name="key"/>, or null.</summary>
    public YamlSequence? Sequence(string key) => this[key] as YamlSequence;

    /// <summary>The string under <paramref name="key"/> when it is one (quoted, or plain and read as a string), else null.</summary>
    public string? String(string key) => this[key] is YamlScalarValue { Type: ScalarType.String } s ? s.Text : null;

    /// <summary>The integer under <paramref name="key"/> when it is one, else null.</summary>
    public long? Integer(string key) => this[key] is YamlScalarValue { Type: ScalarType.Integer } s ? long.Parse(s.Text, CultureInfo.InvariantCulture) : null;

    /// <summary>The boolean under <paramref name="key"/> when it is one, else null.</summary>
    public bool? Boolean(string key) => this[key] is YamlScalarValue { Type: ScalarType.Boolean } s ? s.Flag : null;

    /// <summary>The string map under <paramref name="key"/> (labels, annotations, selectors) when every value is a string.</summary>
    public List<KeyValuePair<string, string>>? StringMap(string key)
        => Mapping(key) is { } map && map.Entries.All(static e => e.Value is YamlScalarValue { Type: ScalarType.String })
            ? [.. map.Entries.Select(static e => new KeyValuePair<string, string>(e.Key, ((YamlScalarValue)e.Value).Text))]
            : null;

    /// <summary>The strings under <paramref name="key"/> when it is a sequence of strings only.</summary>
    public string[]? Strings(string key)
        => Sequence(key) is { } sequence && sequence.Items.All(static i => i is YamlScalarValue { Type: ScalarType.String })
            ? [.. sequence.Items.Select(static i => ((YamlScalarValue)i).Text)]
            : null;

    /// <summary>Removes, all the way down, the mappings and sequences left empty once what they held was carried (sequences' items are left as written).</summary>
    public void RemoveEmpty()
    {
        foreach (var key in Keys.ToList())
        {
            if (this[key] is YamlMapping child)
            {
                child.RemoveEmpty();
            }

            RemoveIfEmpty(key);
        }
    }

    /// <summary>Removes <paramref name="key"/> when its value is an empty mapping or sequence (what was in it has been carried).</summary>
    public void RemoveIfEmpty(string key)
    {
        if (this[key] is YamlMapping { IsEmpty: true } or YamlSequence { Items.Count: 0 })
        {
            Remove(key);
        }
    }

    public override YamlValue Clone() => new YamlMapping([.. Entries.Select(static e => new KeyValuePair<string, YamlValue>(e.Key, e.Value.Clone()))]);
}
