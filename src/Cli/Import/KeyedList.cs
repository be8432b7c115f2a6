using System;
using System.Collections.Generic;

namespace Consort.Cli.Import;

/// <summary>
/// A list that a patch merges by key (containers, volumes, ports, env, mounts): the patch appends the entries it
/// adds, so attributes can take the entries only up to the first one they cannot express, and the order holds.
/// </summary>
internal static class KeyedList
{
    /// <summary>
    /// Types the entries of a list the patch merges by key, in order, until <paramref name="type"/> refuses one. An
    /// entry it takes is emptied of what it carried: what remains (with the key) merges into it; the refused entry
    /// and those after it stay whole.
    /// </summary>
    public static void TypePrefix(YamlMapping owner, string key, Func<YamlMapping, bool> type)
    {
        if (owner.Sequence(key) is not { } list)
        {
            return;
        }

        var kept = new List<YamlValue>();
        var typing = true;
        foreach (var entry in list.Items)
        {
            if (typing && entry is YamlMapping item)
            {
                var copy = (YamlMapping)item.Clone();
                if (type(copy))
                {
                    if (!copy.IsEmpty)
                    {
                        kept.Add(copy);
                    }

                    continue;
                }
            }

            typing = false;
            kept.Add(entry);
        }

        list.Items.Clear();
        list.Items.AddRange(kept);
        owner.RemoveIfEmpty(key);
    }
}
