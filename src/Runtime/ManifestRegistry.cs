using System;
using System.Collections.Generic;

namespace Consort.Kubernetes
{
    /// <summary>
    /// The workloads of one assembly. Each assembly that uses Consort has its own, behind its internal
    /// <c>Consort.Generated.Manifests</c>, which every workload adds itself to from a module initializer.
    /// </summary>
    public sealed class ManifestRegistry
    {
        private readonly List<ManifestEntry> _entries = [];
        private ManifestEntry[]? _sorted;

        /// <summary>Every workload, ordered by namespace (none first), name and kind, with ordinal comparison.</summary>
        public IReadOnlyList<ManifestEntry> All
        {
            get
            {
                lock (_entries)
                {
                    if (_sorted is null)
                    {
                        var sorted = _entries.ToArray();
                        Array.Sort(sorted, static (a, b) =>
                        {
                            var byNamespace = string.CompareOrdinal(a.Namespace ?? string.Empty, b.Namespace ?? string.Empty);
                            var byName = byNamespace != 0 ? byNamespace : string.CompareOrdinal(a.Name, b.Name);
                            return byName != 0 ? byName : string.CompareOrdinal(a.Kind, b.Kind);
                        });
                        _sorted = sorted;
                    }

                    return _sorted;
                }
            }
        }

        /// <summary>The workload of kind <paramref name="kind"/> (such as <c>Deployment</c>) named <paramref name="name"/>, or null; the namespace is not part of the lookup.</summary>
        public ManifestEntry? Find(string kind, string name)
        {
            foreach (var entry in All)
            {
                if (entry.Kind == kind && entry.Name == name)
                {
                    return entry;
                }
            }

            return null;
        }

        /// <summary>Adds a workload; thread-safe.</summary>
        public void Add(ManifestEntry entry)
        {
            ArgumentNullException.ThrowIfNull(entry);
            lock (_entries)
            {
                _entries.Add(entry);
                _sorted = null;
            }
        }
    }
}
